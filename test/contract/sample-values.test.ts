import { indicatorsSubgraph } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';
import { undoMigrationsFrom } from '../helpers/undo-migrations';

const admin: Identity = { sub: 'admin-1', role: Role.ADMIN };
const READ = gql<{
  ranking: { entries: { city: { id: string }; sample: boolean }[] };
  comparison: { cells: { cityId: string; period: string; sample: boolean | null; missing: boolean }[] };
  _entities: { series: { points: { period: string; sample: boolean }[] }; observations: { nodes: { sample: boolean; revisions: { revision: number; sample: boolean }[] }[] } }[];
}>(`{
  ranking(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN", period: "2023") { entries { city { id } sample } }
  comparison(includeSample: true, cityIds: ["beijing", "tianjin"], indicatorCodes: ["PM25_ANNUAL_MEAN"], periods: ["2023", "2030"]) { cells { cityId period sample missing } }
  _entities(representations: [{ __typename: "City", id: "beijing" }]) { ... on City {
    series(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN") { points { period sample } }
    observations(indicatorCode: "PM25_ANNUAL_MEAN", period: "2023") { nodes { sample revisions { revision sample } } }
  } }
}`);
const SUBMIT = gql<{ submitObservations: { corrected: number } }>('mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { corrected } }');

describe('synthetic sample values', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('are marked as samples everywhere they are shown; a submitted value that replaces one is not, and the history keeps which revision was', async () => {
    const before = await subgraph.execute(READ);
    expect(before.errors).toBeUndefined();
    expect(before.data!.ranking.entries.length).toBe(13);
    expect(before.data!.ranking.entries.every((entry) => entry.sample)).toBe(true);

    const submitted = await subgraph.execute(
      SUBMIT,
      {
        input: {
          idempotencyKey: 'sample-replaced',
          items: [{ cityId: 'beijing', indicatorCode: 'PM25_ANNUAL_MEAN', period: '2023', value: 32, source: 'Municipal bulletin (test)', note: 'Published figure replaces the sample' }],
        },
      },
      admin,
    );
    expect(submitted.data?.submitObservations.corrected).toBe(1);

    const after = (await subgraph.execute(READ)).data!;
    expect(Object.fromEntries(after.ranking.entries.filter((entry) => ['beijing', 'tianjin'].includes(entry.city.id)).map((entry) => [entry.city.id, entry.sample]))).toEqual({
      beijing: false,
      tianjin: true,
    });
    expect(after.comparison.cells.map(({ cityId, period, sample, missing }) => [cityId, period, sample, missing])).toEqual([
      ['beijing', '2023', false, false],
      ['beijing', '2030', null, true],
      ['tianjin', '2023', true, false],
      ['tianjin', '2030', null, true],
    ]);
    const [city] = after._entities;
    expect(city.series.points.map((point) => [point.period, point.sample])).toContainEqual(['2023', false]);
    expect(city.series.points.filter((point) => point.period !== '2023').every((point) => point.sample)).toBe(true);
    expect(city.observations.nodes).toEqual([
      {
        sample: false,
        revisions: [
          { revision: 1, sample: true },
          { revision: 2, sample: false },
        ],
      },
    ]);
  });

  it('are found by the migration in a database seeded before the flag existed: the synthetic rows only', async () => {
    await undoMigrationsFrom(subgraph.db, indicatorsSubgraph.migrations as { name: string }[], 'AddSampleFlag1764800000000');
    await subgraph.db.runMigrations();
    const counts = await subgraph.db.query<{ sample: number | string | boolean; synthetic: number | string; n: number | string }[]>(
      "SELECT sample, CASE WHEN source LIKE 'SYNTHETIC SAMPLE DATA%' THEN 1 ELSE 0 END AS synthetic, COUNT(*) AS n FROM observation GROUP BY sample, CASE WHEN source LIKE 'SYNTHETIC SAMPLE DATA%' THEN 1 ELSE 0 END",
    );
    const groups = counts.map((row) => [Boolean(Number(row.sample)), Number(row.synthetic) === 1]);
    expect(groups.sort()).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('are found by the later migrations too: sample targets are marked, and no sample value stays VERIFIED while a checked value does', async () => {
    const set = await subgraph.execute(
      'mutation ($input: TargetInput!) { setTarget(input: $input) { sample } }',
      {
        input: {
          cityId: 'haikou',
          indicatorCode: 'PM25_ANNUAL_MEAN',
          baselinePeriod: '2019',
          baselineValue: 17,
          targetPeriod: '2030',
          targetValue: 12,
          source: 'City plan (test)',
          expectedRevision: 1,
        },
      },
      admin,
    );
    expect(set.data).toEqual({ setTarget: { sample: false } });
    await undoMigrationsFrom(subgraph.db, indicatorsSubgraph.migrations as { name: string }[], 'AddTargetSampleFlag1764900000000');
    // As the seed wrote them before: sample values of past years VERIFIED; and one submitted value verified.
    await subgraph.db.query("UPDATE observation SET status = 'VERIFIED' WHERE sample = 1 AND period = '2019'");
    await subgraph.db.query("UPDATE observation_revision SET status = 'VERIFIED' WHERE sample = 1 AND revision = 1");
    await subgraph.db.query("UPDATE observation SET status = 'VERIFIED' WHERE city_id = 'beijing' AND indicator_code = 'PM25_ANNUAL_MEAN' AND period = '2023' AND breakdown = ''");
    await subgraph.db.runMigrations();

    const statuses = await subgraph.db.query<{ sample: number | string | boolean; status: string }[]>(
      'SELECT DISTINCT sample, status FROM observation UNION SELECT DISTINCT sample, status FROM observation_revision',
    );
    const verified = statuses.filter((row) => row.status === 'VERIFIED').map((row) => Boolean(Number(row.sample)));
    expect([...new Set(verified)]).toEqual([false]);
    const targets = await subgraph.db.query<{ sample: number | string | boolean; synthetic: number | string; n: number | string }[]>(
      "SELECT sample, CASE WHEN source LIKE 'SYNTHETIC SAMPLE DATA%' THEN 1 ELSE 0 END AS synthetic, COUNT(*) AS n FROM indicator_target GROUP BY sample, CASE WHEN source LIKE 'SYNTHETIC SAMPLE DATA%' THEN 1 ELSE 0 END",
    );
    expect(targets.map((row) => [Boolean(Number(row.sample)), Number(row.synthetic) === 1, Number(row.n) > 0]).sort()).toEqual([
      [false, false, true],
      [true, true, true],
    ]);
  });
});
