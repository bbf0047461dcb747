import { indicatorsSubgraph } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { shadeTreesDefinition } from '../helpers/indicator-definition';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

const SET_TARGET = `mutation ($input: TargetInput!) { setTarget(input: $input) { baselinePeriod baselineValue targetPeriod targetValue source } }`;
const DEFINE = `mutation ($input: IndicatorDefinitionInput!) { defineIndicator(input: $input) { code validMin validMax initiative { id } } }`;
const admin: Identity = { sub: 'root', role: Role.ADMIN };
const target = (overrides: Record<string, unknown> = {}) => ({
  cityId: 'haikou',
  indicatorCode: 'PM25_ANNUAL_MEAN',
  baselinePeriod: '2020',
  baselineValue: 18,
  targetPeriod: '2030',
  targetValue: 12,
  source: 'Haikou ecological plan',
  expectedRevision: 1,
  ...overrides,
});

describe('managing indicators and targets', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('lets an admin replace a baseline and target', async () => {
    const result = await subgraph.execute(SET_TARGET, { input: target() }, admin);
    expect(result.data?.setTarget).toEqual({ baselinePeriod: '2020', baselineValue: 18, targetPeriod: '2030', targetValue: 12, source: 'Haikou ecological plan' });
    const read = await subgraph.execute<{ _entities: { targets: unknown[] }[] }>(
      `{ _entities(representations: [{ __typename: "City", id: "haikou" }]) { ... on City { targets(indicatorCode: "PM25_ANNUAL_MEAN") { baselineValue targetValue } } } }`,
    );
    expect(read.data?._entities[0].targets).toEqual([{ baselineValue: 18, targetValue: 12 }]);
  });

  it.each<[string, Identity, string]>([
    ['a city editor of that city', { sub: 'hk', role: Role.CITY_EDITOR, cityId: 'haikou' }, 'FORBIDDEN'],
    ['a verifier', { sub: 'v', role: Role.VERIFIER }, 'FORBIDDEN'],
    ['anonymous', { sub: 'anonymous', role: 'anonymous' }, 'UNAUTHENTICATED'],
  ])('refuses targets and indicator definitions from %s', async (_who, identity, code) => {
    const before = await rowCounts(subgraph.db, ['indicator_target', 'indicator']);
    expect((await subgraph.execute(SET_TARGET, { input: target({ targetValue: 5 }) }, identity)).errors?.[0].extensions?.code).toBe(code);
    expect((await subgraph.execute(`mutation { enrollCity(cityId: "lhasa") }`, {}, identity)).errors?.[0].extensions?.code).toBe(code);
    expect(await rowCounts(subgraph.db, ['indicator_target', 'indicator'])).toEqual(before);
  });

  it('refuses a target that cannot be met or measured', async () => {
    const result = await subgraph.execute(SET_TARGET, { input: target({ cityId: 'atlantis', targetPeriod: '2019', targetValue: 18, baselinePeriod: '2020-Q1' }) }, admin);
    const fields = (result.errors?.[0].extensions?.invalidFields as { field: string }[]).map((problem) => problem.field);
    expect(new Set(fields)).toEqual(new Set(['cityId', 'baselinePeriod', 'targetPeriod', 'targetValue']));
  });

  it('defines a new indicator that an enrolled new city can then report', async () => {
    const defined = await subgraph.execute(
      DEFINE,
      {
        input: shadeTreesDefinition(),
      },
      admin,
    );
    expect(defined.data?.defineIndicator).toEqual({ code: 'SHADE_TREES_PER_KM', validMin: 0, validMax: null, initiative: { id: '10' } });
    expect((await subgraph.execute(`mutation { enrollCity(cityId: "lhasa") }`, {}, admin)).data?.enrollCity).toBe(true);
    const submitted = await subgraph.execute(
      gql<{ submitObservations: { created: number } }>(`mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created } }`),
      { input: { idempotencyKey: 'lhasa-first', items: [{ cityId: 'lhasa', indicatorCode: 'SHADE_TREES_PER_KM', period: '2025', value: 41, source: 'Lhasa greening bureau' }] } },
      admin,
    );
    expect(submitted.data?.submitObservations.created).toBe(1);
  });
});
