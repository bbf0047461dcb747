import { expect } from '@jest/globals';
import { Role } from '@ugf/runtime';
import type { GraphQLResult } from '../helpers/subgraph-harness';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';

const PERIOD_ADVICE = 'use a year such as 2024 or a quarter such as 2024-Q3';
const TARGET = `{ city(id: "haikou") { targets(indicatorCode: "PM25_ANNUAL_MEAN") { baselinePeriod baselineValue targetPeriod targetValue revision } } }`;

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

  describe('a malformed period, written inline or passed as a variable', () => {
    const post = async (query: string, variables?: Record<string, unknown>, token?: string) => {
      const response = await fetch(system.stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResult<{ city: { observations: { nodes: { value: number }[] } } | null }> };
    };
    const inline = '{ city(id: "beijing") { name observations(period: "2024-13") { nodes { value } } } }';
    const asVariable = 'query ($period: Period) { city(id: "beijing") { name observations(period: $period) { nodes { value } } } }';

    it.each([
      ['inline', inline, undefined, `Invalid period "2024-13": ${PERIOD_ADVICE}`],
      ['as a variable', asVariable, { period: '2024-13' }, `Variable "$period" got invalid value "2024-13"; Invalid period "2024-13": ${PERIOD_ADVICE}`],
      ['inline, on a root field', '{ declarationIndex(period: "2024-Q5") { period } }', undefined, `Invalid period "2024-Q5": ${PERIOD_ADVICE}`],
      [
        'as a variable, in a list',
        'query ($periods: [Period!]!) { comparison(cityIds: ["beijing"], indicatorCodes: ["PM25_ANNUAL_MEAN"], periods: $periods) { periods } }',
        { periods: ['2024', '2024-13'] },
        `Variable "$periods" got invalid value "2024-13" at "periods[1]"; Invalid period "2024-13": ${PERIOD_ADVICE}`,
      ],
    ])('is BAD_USER_INPUT with the message, %s, and the other subgraphs still answer', async (_form, query, variables, message) => {
      const { status, body } = await post(query, variables);
      expect(status).toBe(200);
      expect(body.errors).toEqual([{ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }]);
      if (query.includes('city(')) expect(body.data).toEqual({ city: { name: 'Beijing', observations: null } });
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules|127\.0\.0\.1|GRAPHQL_VALIDATION_FAILED/);
    });

    it('changes no data: a target with a malformed period, inline or as a variable, is not written', async () => {
      const admin = await system.token({ sub: 'period-admin', role: Role.ADMIN });
      const before = await system.query(TARGET);
      const fields = 'cityId: "haikou", indicatorCode: "PM25_ANNUAL_MEAN", baselineValue: 20, targetValue: 10, source: "plan", expectedRevision: 1';
      const inlineWrite = await post(`mutation { setTarget(input: { ${fields}, baselinePeriod: "2020", targetPeriod: "2030-13" }) { revision } }`, undefined, admin);
      const variableWrite = await post(
        'mutation ($input: TargetInput!) { setTarget(input: $input) { revision } }',
        {
          input: { cityId: 'haikou', indicatorCode: 'PM25_ANNUAL_MEAN', baselinePeriod: 'twenty', baselineValue: 20, targetPeriod: '2030', targetValue: 10, source: 'plan', expectedRevision: 1 },
        },
        admin,
      );
      expect(inlineWrite.body.errors?.[0]).toMatchObject({ message: `Invalid period "2030-13": ${PERIOD_ADVICE}`, extensions: { code: 'BAD_USER_INPUT' } });
      expect(variableWrite.body.errors?.[0]).toMatchObject({ message: expect.stringContaining(`Invalid period "twenty": ${PERIOD_ADVICE}`), extensions: { code: 'BAD_USER_INPUT' } });
      expect(inlineWrite.body.data ?? null).toBeNull();
      expect(variableWrite.body.data ?? null).toBeNull();
      expect(await system.query(TARGET)).toEqual(before);
    });

    it('is an answer, not a failure: refusals in a row do not open the circuit breaker', async () => {
      for (let attempt = 0; attempt < 8; attempt += 1) expect((await post(asVariable, { period: `bad-${attempt}` })).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const good = await post(asVariable, { period: '2024' });
      expect(good.body.errors).toBeUndefined();
      expect(good.body.data?.city?.observations.nodes.length).toBeGreaterThan(0);
    });
  });

  it('keeps all data and duplicates nothing across a stop and a start', async () => {
    const snapshot = `{ cities { id observations { totalCount nodes { id value } } cases { nodes { id } } } initiatives { id } indicators { code } cases { nodes { id } } }`;
    const before = await system.query(snapshot);
    await system.restart();
    const after = await system.query(snapshot);
    expect(after.errors).toBeUndefined();
    expect(after).toEqual(before);
  }, 120_000);

  it("still answers the other subgraphs' fields when one subgraph is down, naming the failure", async () => {
    await system.stack.process('cases').stop();
    const result = await system.query(`{ city(id: "chengdu") { name population cases { nodes { title } } } }`);
    expect(result.data?.city).toEqual({ name: 'Chengdu', population: 20937757, cases: null });
    expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'cases', requestId: expect.any(String) } })]);
    expect(JSON.stringify(result.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });
});
