import { indicatorsSubgraph } from '@ugf/indicators';
import { openSubgraph, type SubgraphHarness } from '../helpers/subgraph-harness';
import { undoMigrationsFrom } from '../helpers/undo-migrations';

const CITIES = ['beijing', 'shanghai', 'tianjin', 'chongqing', 'shijiazhuang', 'xiongan', 'hohhot', 'hangzhou', 'jinan', 'guangzhou', 'shenzhen', 'haikou', 'chengdu'];
/** Totals of the indicators that have sample breakdowns, through every analytic that reads them. */
const TOTALS = `query ($cities: [ID!]!) {
  hotline: ranking(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE", period: "2024") { entries { rank city { id } value score status } missing { id } statistics { mean median } }
  pm25: ranking(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN", period: "2024") { entries { rank city { id } value score } }
  comparison(includeSample: true, cityIds: $cities, indicatorCodes: ["HOTLINE_SATISFACTION_RATE", "PM25_ANNUAL_MEAN"], periods: ["2023", "2024"]) { cells { cityId indicatorCode period value score missing } }
  declarationIndex(includeSample: true, period: "2024") { entries { rank index coverage city { id } } }
  _entities(representations: [{ __typename: "City", id: "shenzhen" }, { __typename: "City", id: "xiongan" }]) { ... on City {
    observations(first: 1000) { totalCount nodes { id indicator { code } period value status revision } }
    series(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN") { trend points { period value } }
    progress(includeSample: true, period: "2024") { index coverage }
  } }
}`;
const ROWS = 'SELECT id, city_id, indicator_code, period, value, status, revision FROM observation ORDER BY id';

describe('the breakdown migration on a seeded database', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('keeps every row as a total with its id and history, and every query answers the same totals as before it, breakdowns or not', async () => {
    const withBreakdowns = await subgraph.execute(TOTALS, { cities: CITIES });
    expect(withBreakdowns.errors).toBeUndefined();
    const [{ count: breakdownRows }] = await subgraph.db.query<{ count: number | string }[]>(`SELECT COUNT(*) AS count FROM observation WHERE breakdown <> ''`);
    expect(Number(breakdownRows)).toBeGreaterThan(0);

    await undoMigrationsFrom(subgraph.db, indicatorsSubgraph.migrations as { name: string }[], 'AddObservationBreakdown1764500000000');
    const before = await subgraph.db.query<Record<string, unknown>[]>(ROWS);
    const [{ count: revisionsBefore }] = await subgraph.db.query<{ count: number | string }[]>('SELECT COUNT(*) AS count FROM observation_revision');
    await subgraph.db.runMigrations();

    const after = await subgraph.db.query<Record<string, unknown>[]>(`SELECT id, city_id, indicator_code, period, value, status, revision, breakdown FROM observation ORDER BY id`);
    expect(after).toEqual(before.map((row) => ({ ...row, breakdown: '' })));
    const [{ count: revisionsAfter }] = await subgraph.db.query<{ count: number | string }[]>('SELECT COUNT(*) AS count FROM observation_revision');
    expect(revisionsAfter).toEqual(revisionsBefore);

    const totalsOnly = await subgraph.execute(TOTALS, { cities: CITIES });
    expect(totalsOnly).toEqual(withBreakdowns);
  });
});
