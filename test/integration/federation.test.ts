import { expect } from '@jest/globals';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';

const CITY_PROFILE = gql<{
  city: {
    observations: { nodes: { unit: string; indicator: { name: string; unit: string; initiative: { title: string } } }[] };
    cases: { nodes: { indicators: { name: string }[] }[] };
  };
}>(`query ($id: ID!) {
  city(id: $id) {
    name nameZh population region adminLevel
    observations(period: "2024") { nodes { period value unit status source indicator { code name unit direction initiative { number title } } } }
    cases { nodes { title year initiatives { number } indicators { code name } } }
  }
}`);

describe('the federated graph through the gateway', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack();
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  it('answers GET /health', async () => {
    const response = await fetch(`${system.stack.gatewayUrl}health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', service: 'gateway', pid: system.stack.process('gateway').pid });
  });

  it('joins a city, its observations with indicator names and initiatives, and its cases in one query', async () => {
    const result = await system.query(CITY_PROFILE, { id: 'shenzhen' });
    expect(result.errors).toBeUndefined();
    const city = result.data!.city;
    expect(city).toMatchObject({ name: 'Shenzhen', nameZh: '深圳市', population: 17560061, region: 'EASTERN', adminLevel: 'SUB_PROVINCIAL_CITY' });
    const catalogue = await system.query<{ indicators: unknown[] }>(`{ indicators { code } }`);
    expect(city.observations.nodes).toHaveLength(catalogue.data!.indicators.length);
    for (const observation of city.observations.nodes) {
      expect(observation.indicator.name).toEqual(expect.any(String));
      expect(observation.indicator.initiative.title).toEqual(expect.any(String));
      expect(observation.unit).toBe(observation.indicator.unit);
    }
    expect(city.cases.nodes.length).toBeGreaterThanOrEqual(4);
    for (const item of city.cases.nodes) for (const indicator of item.indicators) expect(indicator.name).toEqual(expect.any(String));
  });

  it('follows an initiative to its indicators (indicators subgraph) and its cases with their cities (cases → cities)', async () => {
    const result = await system.query<{ initiative: { indicators: unknown[]; cases: { nodes: { city: { name: string } }[] } } }>(
      `{ initiative(id: "4") { number title indicators { code name } cases { nodes { title city { name nameZh } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.initiative.indicators.length).toBeGreaterThanOrEqual(3);
    for (const item of result.data!.initiative.cases.nodes) expect(item.city.name).toEqual(expect.any(String));
  });

  it('answers null, not an error, for unknown ids', async () => {
    const result = await system.query(`{ city(id: "atlantis") { name } initiative(id: "42") { title } indicator(code: "NOPE") { name } case(id: "none") { title } }`);
    expect(result).toEqual({ data: { city: null, initiative: null, indicator: null, case: null } });
  });

  it('refuses bad input with a machine-readable code', async () => {
    const badPeriod = await system.query(`{ city(id: "beijing") { name observations(period: "last year") { nodes { value } } } }`);
    expect(badPeriod.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badPeriod.errors?.[0].message).toMatch(/Invalid period "last year"/);
    expect(JSON.stringify(badPeriod)).not.toMatch(/stacktrace|node_modules/);
    const unknownField = await system.query(`{ city(id: "beijing") { mayor } }`);
    expect(unknownField.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('keeps all data and duplicates nothing across a stop and a start', async () => {
    const snapshot = `{ cities { id observations { totalCount nodes { id value } } cases { nodes { id } } } initiatives { id } indicators { code } cases { nodes { id } } }`;
    const before = await system.query(snapshot);
    await system.restart();
    const after = await system.query(snapshot);
    expect(after.errors).toBeUndefined();
    expect(after).toEqual(before);
  }, 120_000);

  it('still answers the other subgraphs\' fields when one subgraph is down, naming the failure', async () => {
    await system.stack.process('cases').stop();
    const result = await system.query(`{ city(id: "chengdu") { name population cases { nodes { title } } } }`);
    expect(result.data?.city).toEqual({ name: 'Chengdu', population: 20937757, cases: null });
    expect(result.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'cases', requestId: expect.any(String) } }),
    ]);
    expect(JSON.stringify(result.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });
});
