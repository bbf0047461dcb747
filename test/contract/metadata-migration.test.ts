import { indicatorsSubgraph, METADATA_SEED_NOTE, readCatalogue } from '@ugf/indicators';
import { Role } from '@ugf/runtime';
import { openSubgraph, pendingSchemaChanges, rowCounts } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

interface CatalogueRow {
  code: string;
  name: string;
  revision: number;
  metadata: {
    definition: string | null;
    definitionZh: string | null;
    unitMultiplier: number;
    dataSources: string | null;
    dataProvider: string | null;
    limitations: string | null;
    lastUpdate: string;
  };
  revisions: { createdAt: string; author: string; note: string | null; changedFields: string[] }[];
}

const CATALOGUE = gql<{ indicators: CatalogueRow[] }>(
  `{ indicators { code name revision metadata { definition definitionZh unitMultiplier dataSources dataProvider limitations lastUpdate } revisions { createdAt author note changedFields } } }`,
);
const DEFINITION = gql<{
  indicator: {
    name: string;
    nameZh: string;
    unit: string;
    direction: string;
    periodicity: string;
    kind: string;
    validMin: number | null;
    validMax: number | null;
    plausibleChangePct: number | null;
    method: string;
    revision: number;
    initiative: { id: string };
  };
}>(`{ indicator(code: "GHG_PER_CAPITA") { name nameZh unit direction periodicity kind validMin validMax plausibleChangePct method revision initiative { id } } }`);

describe('the indicator metadata migration on a database with rows', () => {
  it('adds empty metadata to the existing indicators, keeping their rows, can be undone, and the next seed fills in the seeded metadata once', async () => {
    const subgraph = await openSubgraph(indicatorsSubgraph);
    try {
      const migrations = indicatorsSubgraph.migrations as { name: string }[];
      const metadataMigration = migrations.findIndex((migration) => migration.name === 'AddIndicatorMetadata1764430000000');
      expect(metadataMigration).toBeGreaterThan(0);
      const seeded = (await subgraph.execute(CATALOGUE)).data!.indicators;
      expect(seeded.every((row) => row.metadata.definition !== null)).toBe(true);
      const counts = await rowCounts(subgraph.db, ['indicator', 'indicator_revision']);

      // Undone with the migrations after it, newest first.
      for (let undo = metadataMigration; undo < migrations.length; undo += 1) await subgraph.db.undoLastMigration();
      const runner = subgraph.db.createQueryRunner();
      const columns = (await runner.getTable('indicator'))?.columns.map((column) => column.name);
      await runner.release();
      expect(columns).not.toContain('definition');
      expect(columns).not.toContain('unit_multiplier');
      // Back to before the history too, as on a database seeded by a release without either.
      const history = migrations.findIndex((migration) => migration.name === 'AddCatalogueRevisions1764400000000');
      for (let undo = history; undo < metadataMigration; undo += 1) await subgraph.db.undoLastMigration();
      await subgraph.db.runMigrations();

      expect(await pendingSchemaChanges(subgraph.db)).toEqual([]);
      expect(await rowCounts(subgraph.db, ['indicator', 'indicator_revision'])).toEqual(counts);
      const migrated = (await subgraph.execute(CATALOGUE)).data!.indicators;
      expect(migrated.map((row) => [row.code, row.name, row.revision])).toEqual(seeded.map((row) => [row.code, row.name, row.revision]));
      for (const row of migrated) {
        expect(row.metadata).toEqual({
          definition: null,
          definitionZh: null,
          unitMultiplier: 0,
          dataSources: null,
          dataProvider: null,
          limitations: null,
          lastUpdate: row.revisions.at(-1)!.createdAt,
        });
      }

      // An admin's edit since the metadata exists records it (here empty): the seed leaves that indicator alone.
      const edited = (await subgraph.execute(DEFINITION)).data!.indicator;
      const { initiative, revision, ...definition } = edited;
      const edit = await subgraph.execute(
        `mutation ($input: IndicatorDefinitionInput!) { defineIndicator(input: $input) { revision } }`,
        { input: { code: 'GHG_PER_CAPITA', ...definition, name: 'Greenhouse gas emissions per resident (community-wide)', initiativeId: initiative.id, expectedRevision: revision } },
        { sub: 'root', role: Role.ADMIN },
      );
      expect(edit.errors).toBeUndefined();

      // The next start gives the other seeded indicators the seed's metadata, as one revision each by the seed.
      await subgraph.reseed();
      const seeds = new Map(readCatalogue().indicators.map((entry) => [entry.code, entry]));
      const filled = (await subgraph.execute(CATALOGUE)).data!.indicators;
      const untouched = filled.find((row) => row.code === 'GHG_PER_CAPITA');
      expect(untouched).toMatchObject({ revision: revision + 1, metadata: { definition: null, limitations: null } });
      for (const row of filled.filter((entry) => entry.code !== 'GHG_PER_CAPITA')) {
        const seed = seeds.get(row.code)!;
        expect(row.metadata).toMatchObject({ definition: seed.definition, definitionZh: seed.definitionZh, dataSources: seed.dataSources, limitations: seed.limitations ?? null, dataProvider: null });
        expect(row.revisions.at(-1)).toMatchObject({ author: 'seed', note: METADATA_SEED_NOTE });
        expect(row.revision).toBe(migrated.find((before) => before.code === row.code)!.revision + 1);
      }
      const afterFill = await rowCounts(subgraph.db, ['indicator', 'indicator_revision']);
      expect(afterFill.indicator_revision).toBe(counts.indicator_revision + 1 + (counts.indicator - 1));
      await subgraph.reseed();
      expect(await rowCounts(subgraph.db, ['indicator', 'indicator_revision'])).toEqual(afterFill);
    } finally {
      await subgraph.close();
    }
  });
});
