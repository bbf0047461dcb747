import fs from 'node:fs';
import path from 'node:path';
import { indicatorsSubgraph, SYNTHETIC_SOURCE } from '@ugf/indicators';
import { openSubgraph, pendingSchemaChanges, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

const CITY_OBSERVATIONS = gql<{
  _entities: { id: string; observations: { nodes: { id: string; period: string; value: number; unit: string; status: string; source: string; indicator: { code: string; name: string } }[] } }[];
}>(`query ($representations: [_Any!]!, $indicatorCode: ID, $period: Period) {
  _entities(representations: $representations) {
    ... on City { id observations(indicatorCode: $indicatorCode, period: $period) { nodes { id period value unit status source indicator { code name } } } }
  }
}`);
const cityRefs = (ids: string[]) => ids.map((id) => ({ __typename: 'City', id }));

describe('indicators subgraph', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('loads the observations of many cities and their indicators in two SQL statements', async () => {
    const count = async (ids: string[]) => {
      const counted = await subgraph.executeCounted(CITY_OBSERVATIONS, { representations: cityRefs(ids), period: '2024' });
      expect(counted.result.errors).toBeUndefined();
      return counted;
    };
    const one = await count(['beijing']);
    const many = await count(['beijing', 'shanghai', 'chengdu', 'haikou', 'xiongan', 'shenzhen']);
    expect(one.statements).toBe(2);
    expect(many.statements).toBe(2);
    expect(many.result.data?._entities).toHaveLength(6);
  });

  it('answers values as numbers with their unit, status and a source that says they are synthetic, never VERIFIED', async () => {
    const result = await subgraph.execute(CITY_OBSERVATIONS, {
      representations: cityRefs(['shenzhen']),
      indicatorCode: 'HOTLINE_RESOLUTION_RATE',
    });
    const observations = result.data!._entities[0].observations.nodes;
    expect(observations.map((observation) => observation.period)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    for (const observation of observations) {
      expect(typeof observation.value).toBe('number');
      expect(observation.value).toBeGreaterThanOrEqual(0);
      expect(observation.value).toBeLessThanOrEqual(100);
      expect(observation).toMatchObject({ unit: '%', source: SYNTHETIC_SOURCE, status: 'PROVISIONAL' });
    }
  });

  it('refuses a malformed period with BAD_USER_INPUT', async () => {
    const result = await subgraph.execute(CITY_OBSERVATIONS, { representations: cityRefs(['beijing']), period: '2024-13' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives a city a baseline and a 2030 target per indicator, and each observation its first revision', async () => {
    const result = await subgraph.execute<{
      _entities: {
        targets: { baselinePeriod: string; baselineValue: number; targetPeriod: string; targetValue: number }[];
        observations: { nodes: { value: number; revisions: unknown[] }[] };
      }[];
    }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on City { targets(indicatorCode: "PM25_ANNUAL_MEAN") { baselinePeriod baselineValue targetPeriod targetValue }
                      observations(indicatorCode: "PM25_ANNUAL_MEAN", period: "2019") { nodes { value revisions { revision value author } } } } } }`,
      { representations: cityRefs(['chengdu']) },
    );
    const [city] = result.data!._entities;
    expect(city.targets).toEqual([expect.objectContaining({ baselinePeriod: '2019', targetPeriod: '2030' })]);
    expect(city.targets[0].targetValue).toBeLessThan(city.targets[0].baselineValue);
    expect(city.observations.nodes[0].value).toBe(city.targets[0].baselineValue);
    expect(city.observations.nodes[0].revisions).toEqual([{ revision: 1, value: city.observations.nodes[0].value, author: 'seed' }]);
  });

  it('lists the catalogue by initiative and resolves indicator references in one SQL statement', async () => {
    const catalogue = await subgraph.execute<{ indicators: unknown[]; indicator: unknown }>(`{ indicators(initiativeId: "10") { code direction initiative { id } } indicator(code: "NOPE") { code } }`);
    expect(catalogue.data?.indicators.length).toBeGreaterThanOrEqual(3);
    expect(catalogue.data?.indicator).toBeNull();
    const { result, statements } = await subgraph.resolveReferences(
      'Indicator',
      ['PM25_ANNUAL_MEAN', 'NOPE', 'HOTLINE_RESOLUTION_RATE'].map((code) => ({ code })),
      'code unit',
    );
    expect(result.data?._entities).toEqual([{ code: 'PM25_ANNUAL_MEAN', unit: 'µg/m³' }, null, { code: 'HOTLINE_RESOLUTION_RATE', unit: '%' }]);
    expect(statements).toBe(1);
  });

  it('has migrations that match the entities exactly', async () => {
    expect(await pendingSchemaChanges(subgraph.db)).toEqual([]);
  });

  it('adds nothing when the seed runs again', async () => {
    const tables = ['indicator', 'observation', 'observation_revision', 'indicator_target'];
    const before = await rowCounts(subgraph.db, tables);
    await subgraph.reseed();
    expect(await rowCounts(subgraph.db, tables)).toEqual(before);
    const [{ count: totals }] = await subgraph.db.query<{ count: number | string }[]>(`SELECT COUNT(*) AS count FROM observation WHERE breakdown = ''`);
    expect(Number(totals)).toBe(before.indicator * 13 * 6);
    // Sample breakdowns: HOTLINE_SATISFACTION_RATE by sex (2 codes) in 13 cities, PM25_ANNUAL_MEAN by each city's districts.
    const districts = (JSON.parse(fs.readFileSync(path.join(__dirname, '../../seeds/districts.json'), 'utf8')) as { codes: unknown[] }).codes.length;
    expect(before.observation - Number(totals)).toBe(6 * (13 * 2 + districts));
    expect(before.observation_revision).toBe(before.observation);
  });
});
