import { expect } from '@jest/globals';
import { casesSubgraph } from '@ugf/cases';
import { indicatorsSubgraph } from '@ugf/indicators';
import { MIGRATION_AUTHOR, type SubgraphDefinition } from '@ugf/runtime';
import { openSubgraph, type SubgraphHarness } from '../helpers/subgraph-harness';
import { undoMigrationsFrom } from '../helpers/undo-migrations';

/** Undoes the subgraph's history migration (and the migrations after it) on a seeded database, then runs them again. */
async function replayHistoryMigration(definition: SubgraphDefinition<object>): Promise<SubgraphHarness> {
  const subgraph = await openSubgraph(definition);
  await undoMigrationsFrom(subgraph.db, definition.migrations as { name: string }[], /Revisions\d+$/);
  await subgraph.db.runMigrations();
  return subgraph;
}

describe('the history migrations on a database with rows', () => {
  it('give every existing case revision 1 by "migration" with its content', async () => {
    const subgraph = await replayHistoryMigration(casesSubgraph as SubgraphDefinition<object>);
    try {
      const cases = (
        await subgraph.execute<{ cases: { nodes: { id: string; title: string; revision: number; revisions: unknown[] }[] } }>(
          `{ cases(first: 100) { nodes { id title revision revisions { revision author note content { title tags } } } } }`,
        )
      ).data!.cases.nodes;
      expect(cases.length).toBeGreaterThan(0);
      for (const row of cases) {
        expect(row.revision).toBe(1);
        expect(row.revisions).toEqual([{ revision: 1, author: MIGRATION_AUTHOR, note: expect.any(String), content: { title: row.title, tags: expect.any(Array) } }]);
      }
    } finally {
      await subgraph.close();
    }
  });

  it('give every existing target and indicator revision 1 by "migration" with its content', async () => {
    const subgraph = await replayHistoryMigration(indicatorsSubgraph as SubgraphDefinition<object>);
    try {
      const indicators = (
        await subgraph.execute<{ indicators: { code: string; name: string; validMax: number | null; revision: number; revisions: unknown[] }[] }>(
          `{ indicators { code name validMax revision revisions { revision author content { name validMax } } } }`,
        )
      ).data!.indicators;
      expect(indicators.length).toBeGreaterThan(0);
      for (const row of indicators) {
        expect(row).toMatchObject({ revision: 1, revisions: [{ revision: 1, author: MIGRATION_AUTHOR, content: { name: row.name, validMax: row.validMax } }] });
      }
      const targets = (
        await subgraph.execute<{ _entities: { targets: { targetValue: number; baselineValue: number; revisions: unknown[] }[] }[] }>(
          `{ _entities(representations: [{ __typename: "City", id: "chengdu" }]) { ... on City { targets { targetValue baselineValue revisions { author content { targetValue baselineValue } } } } } }`,
        )
      ).data!._entities[0].targets;
      expect(targets.length).toBeGreaterThan(0);
      for (const row of targets) expect(row.revisions).toEqual([{ author: MIGRATION_AUTHOR, content: { targetValue: row.targetValue, baselineValue: row.baselineValue } }]);
    } finally {
      await subgraph.close();
    }
  });
});
