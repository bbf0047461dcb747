import { expect } from '@jest/globals';
import { indicatorsSubgraph } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { shadeTreesDefinition } from '../helpers/indicator-definition';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

interface Revision<C> {
  revision: number;
  author: string;
  note: string | null;
  changedFields: string[];
  content: C;
}
const SET_TARGET = gql<{ setTarget: { targetValue: number; revision: number } }>(`mutation ($input: TargetInput!) { setTarget(input: $input) { targetValue revision } }`);
const DEFINE = gql<{ defineIndicator: { code: string; name: string; revision: number } }>(`mutation ($input: IndicatorDefinitionInput!) { defineIndicator(input: $input) { code name revision } }`);
const TARGET_HISTORY = gql<{
  _entities: { targets: { targetValue: number; revision: number; revisions: (Revision<{ targetValue: number; source: string }> & { createdAt: string })[] }[] }[];
}>(
  `query ($city: ID!, $code: ID!) { _entities(representations: [{ __typename: "City", id: $city }]) { ... on City { targets(indicatorCode: $code) { targetValue revision revisions { revision author note changedFields createdAt content { targetValue source } } } } } }`,
);
const INDICATOR_HISTORY = gql<{ indicator: { name: string; revision: number; revisions: Revision<{ name: string; unit: string }>[] } }>(
  `query ($code: ID!, $last: Int) { indicator(code: $code) { name revision revisions(last: $last) { revision author note changedFields content { name unit } } } }`,
);
const TABLES = ['indicator_target', 'target_revision', 'indicator', 'indicator_revision'];

const admin: Identity = { sub: 'root', role: Role.ADMIN };
const otherAdmin: Identity = { sub: 'deputy', role: Role.ADMIN };
const target = (overrides: Record<string, unknown> = {}) => ({
  cityId: 'haikou',
  indicatorCode: 'PM25_ANNUAL_MEAN',
  baselinePeriod: '2020',
  baselineValue: 18,
  targetPeriod: '2030',
  targetValue: 12,
  source: 'Haikou ecological plan',
  ...overrides,
});
const definition = shadeTreesDefinition;

describe('history and concurrency of targets and indicator definitions', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  const targetOf = async (city: string, code: string) => (await subgraph.execute(TARGET_HISTORY, { city, code })).data!._entities[0].targets[0];

  it('keeps seeded targets as revision 1 by "seed", and a replacement as revision 2 with author, note and what changed', async () => {
    const seeded = await targetOf('haikou', 'PM25_ANNUAL_MEAN');
    expect(seeded.revision).toBe(1);
    expect(seeded.revisions).toEqual([expect.objectContaining({ revision: 1, author: 'seed', content: expect.objectContaining({ targetValue: seeded.targetValue }) })]);

    const replaced = await subgraph.execute(SET_TARGET, { input: target({ expectedRevision: 1, note: 'Plan revised in 2025.' }) }, admin);
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data?.setTarget).toEqual({ targetValue: 12, revision: 2 });
    const after = await targetOf('haikou', 'PM25_ANNUAL_MEAN');
    expect(after.revisions.map((entry) => entry.revision)).toEqual([1, 2]);
    expect(after.revisions[1]).toMatchObject({ author: 'root', note: 'Plan revised in 2025.', content: { targetValue: 12, source: 'Haikou ecological plan' } });
    expect(after.revisions[1].changedFields).toContain('targetValue');
    expect(after.revisions[0].content.targetValue).toBe(seeded.targetValue);
  });

  it('creates a target without expectedRevision, but refuses to replace one without it (BAD_USER_INPUT) or from a stale read (CONFLICT), writing nothing', async () => {
    await subgraph.execute(`mutation { enrollCity(cityId: "lhasa") }`, {}, admin);
    const created = await subgraph.execute(SET_TARGET, { input: target({ cityId: 'lhasa' }) }, admin);
    expect(created.data?.setTarget.revision).toBe(1);
    await subgraph.execute(SET_TARGET, { input: target({ cityId: 'lhasa', targetValue: 10, expectedRevision: 1 }) }, admin);

    const before = await rowCounts(subgraph.db, TABLES);
    const missing = await subgraph.execute(SET_TARGET, { input: target({ cityId: 'lhasa', targetValue: 9 }) }, admin);
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].message).toContain('expectedRevision');
    const stale = await subgraph.execute(SET_TARGET, { input: target({ cityId: 'lhasa', targetValue: 9, expectedRevision: 1 }) }, otherAdmin);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
    expect(await targetOf('lhasa', 'PM25_ANNUAL_MEAN')).toMatchObject({ targetValue: 10, revision: 2 });
  });

  it('lets exactly one of two concurrent replacements of a target win; the other is CONFLICT', async () => {
    const current = await targetOf('chengdu', 'PM25_ANNUAL_MEAN');
    const [a, b] = await Promise.all([
      subgraph.execute(SET_TARGET, { input: target({ cityId: 'chengdu', targetValue: 11, expectedRevision: current.revision }) }, admin),
      subgraph.execute(SET_TARGET, { input: target({ cityId: 'chengdu', targetValue: 10, expectedRevision: current.revision }) }, otherAdmin),
    ]);
    expect([a, b].map((result) => result.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const winner = (a.errors ? b : a).data!.setTarget;
    const stored = await targetOf('chengdu', 'PM25_ANNUAL_MEAN');
    expect(stored).toMatchObject({ targetValue: winner.targetValue, revision: current.revision + 1 });
    expect(stored.revisions).toHaveLength(2);
  });

  it('keeps the history of an indicator definition and refuses stale or unversioned updates', async () => {
    const created = await subgraph.execute(DEFINE, { input: definition({ note: 'Asked for by the greening bureaus.' }) }, admin);
    expect(created.data?.defineIndicator).toMatchObject({ revision: 1 });
    const updated = await subgraph.execute(DEFINE, { input: definition({ name: 'Shade trees per km of arterial road', expectedRevision: 1 }) }, otherAdmin);
    expect(updated.data?.defineIndicator).toMatchObject({ name: 'Shade trees per km of arterial road', revision: 2 });

    const before = await rowCounts(subgraph.db, TABLES);
    expect((await subgraph.execute(DEFINE, { input: definition({ unit: 'trees' }) }, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await subgraph.execute(DEFINE, { input: definition({ unit: 'trees', expectedRevision: 1 }) }, admin)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);

    const history = (await subgraph.execute(INDICATOR_HISTORY, { code: 'SHADE_TREES_PER_KM' })).data!.indicator;
    expect(history.revisions).toEqual([
      expect.objectContaining({ revision: 1, author: 'root', note: 'Asked for by the greening bureaus.', content: { name: definition().name, unit: 'trees per km' } }),
      { revision: 2, author: 'deputy', note: null, changedFields: ['name'], content: { name: 'Shade trees per km of arterial road', unit: 'trees per km' } },
    ]);
    const seeded = (await subgraph.execute(INDICATOR_HISTORY, { code: 'PM25_ANNUAL_MEAN', last: 5 })).data!.indicator;
    expect(seeded).toMatchObject({ revision: 1, revisions: [{ revision: 1, author: 'seed', content: { name: seeded.name } }] });
  });

  it('lets exactly one of two concurrent updates of an indicator win; the other is CONFLICT', async () => {
    await subgraph.execute(DEFINE, { input: definition({ code: 'COOL_ROOFS_PCT', kind: 'PERCENT', unit: '%' }) }, admin);
    const [a, b] = await Promise.all([
      subgraph.execute(DEFINE, { input: definition({ code: 'COOL_ROOFS_PCT', kind: 'PERCENT', unit: '%', name: 'Cool roofs A', expectedRevision: 1 }) }, admin),
      subgraph.execute(DEFINE, { input: definition({ code: 'COOL_ROOFS_PCT', kind: 'PERCENT', unit: '%', name: 'Cool roofs B', expectedRevision: 1 }) }, otherAdmin),
    ]);
    expect([a, b].map((result) => result.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const winner = (a.errors ? b : a).data!.defineIndicator;
    expect((await subgraph.execute(INDICATOR_HISTORY, { code: 'COOL_ROOFS_PCT' })).data?.indicator).toMatchObject({ name: winner.name, revision: 2 });
  });
});
