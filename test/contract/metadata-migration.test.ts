import { indicatorsSubgraph } from '@ugf/indicators';
import { openSubgraph, pendingSchemaChanges, rowCounts } from '../helpers/subgraph-harness';

const CATALOGUE = `{ indicators { code name revision metadata { definition definitionZh unitMultiplier dataSources dataProvider limitations lastUpdate } revisions { createdAt } } }`;

describe('the indicator metadata migration on a database with rows', () => {
  it('adds empty metadata to the existing indicators, keeping their rows and history, and can be undone', async () => {
    const subgraph = await openSubgraph(indicatorsSubgraph);
    try {
      const migrations = indicatorsSubgraph.migrations as { name: string }[];
      expect(migrations.at(-1)?.name).toBe('AddIndicatorMetadata1764430000000');
      const seeded = (await subgraph.execute(CATALOGUE)).data?.indicators;
      expect(seeded.every((row: { metadata: { definition: string | null } }) => row.metadata.definition !== null)).toBe(true);
      const counts = await rowCounts(subgraph.db, ['indicator', 'indicator_revision']);

      await subgraph.db.undoLastMigration();
      const runner = subgraph.db.createQueryRunner();
      const columns = (await runner.getTable('indicator'))?.columns.map((column) => column.name);
      await runner.release();
      expect(columns).not.toContain('definition');
      expect(columns).not.toContain('unit_multiplier');
      await subgraph.db.runMigrations();

      expect(await pendingSchemaChanges(subgraph.db)).toEqual([]);
      expect(await rowCounts(subgraph.db, ['indicator', 'indicator_revision'])).toEqual(counts);
      const migrated = (await subgraph.execute(CATALOGUE)).data?.indicators;
      expect(migrated.map((row: { code: string; name: string; revision: number }) => [row.code, row.name, row.revision])).toEqual(seeded.map((row: { code: string; name: string; revision: number }) => [row.code, row.name, row.revision]));
      for (const row of migrated) {
        expect(row.metadata).toEqual({ definition: null, definitionZh: null, unitMultiplier: 0, dataSources: null, dataProvider: null, limitations: null, lastUpdate: row.revisions.at(-1).createdAt });
      }
    } finally {
      await subgraph.close();
    }
  });
});
