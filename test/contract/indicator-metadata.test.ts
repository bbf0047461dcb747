import { expect } from '@jest/globals';
import { indicatorsSubgraph } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { shadeTreesDefinition } from '../helpers/indicator-definition';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

/** The metadata fields an admin sets, as a definition and each revision's content hold them. */
interface MetadataContent {
  definition: string | null;
  definitionZh: string | null;
  unitMultiplier: number;
  dataSources: string | null;
  dataProvider: string | null;
  limitations: string | null;
}

const DEFINE = gql<{ defineIndicator: { code: string; revision: number; metadata: MetadataContent } }>(
  `mutation ($input: IndicatorDefinitionInput!) { defineIndicator(input: $input) { code revision metadata { definition definitionZh unitMultiplier dataSources dataProvider limitations } } }`,
);
const METADATA = gql<{
  indicator: {
    unit: string;
    method: string;
    periodicity: string;
    revision: number;
    metadata: MetadataContent & { unit: string; computationMethod: string; periodicity: string; lastUpdate: string };
    revisions: { revision: number; createdAt: string; changedFields: string[]; content: MetadataContent }[];
  };
}>(`query ($code: ID!) { indicator(code: $code) {
  unit method periodicity revision
  metadata { definition definitionZh unit unitMultiplier computationMethod periodicity dataSources dataProvider limitations lastUpdate }
  revisions { revision createdAt changedFields content { definition definitionZh unitMultiplier dataSources dataProvider limitations } }
} }`);
const TABLES = ['indicator', 'indicator_revision'];

const admin: Identity = { sub: 'root', role: Role.ADMIN };
const otherAdmin: Identity = { sub: 'deputy', role: Role.ADMIN };
const metadata = (overrides: Record<string, unknown> = {}) => ({
  definition: 'Street trees whose crown shades the carriageway or pavement, counted along arterial roads.',
  definitionZh: '树冠遮蔽车行道或人行道的行道树，沿城市主干路统计。',
  dataSources: 'Street tree inventory of the greening bureau.',
  limitations: 'Counts depend on how each city delimits arterial roads.',
  ...overrides,
});
const definition = (overrides: Record<string, unknown> = {}) => shadeTreesDefinition({ code: 'SHADE_TREES_META', ...overrides });

describe('indicator metadata', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  const read = async (code: string) => (await subgraph.execute(METADATA, { code })).data!.indicator;

  it('answers the unit, method and periodicity of the definition, and the time of its latest revision as the last update', async () => {
    const created = await subgraph.execute(DEFINE, { input: definition({ metadata: metadata({ unitMultiplier: 3 }) }) }, admin);
    expect(created.errors).toBeUndefined();
    const indicator = await read('SHADE_TREES_META');
    expect(indicator.metadata).toMatchObject({ ...metadata(), unitMultiplier: 3, dataProvider: null, unit: indicator.unit, computationMethod: indicator.method, periodicity: indicator.periodicity });
    expect(indicator.metadata.lastUpdate).toBe(indicator.revisions[0].createdAt);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    await subgraph.execute(DEFINE, { input: definition({ metadata: metadata({ unitMultiplier: 3, dataProvider: 'Greening bureau' }), expectedRevision: 1 }) }, admin);
    const updated = await read('SHADE_TREES_META');
    expect(updated.revision).toBe(2);
    expect(updated.metadata.lastUpdate).toBe(updated.revisions[1].createdAt);
    expect(Date.parse(updated.metadata.lastUpdate)).toBeGreaterThan(Date.parse(indicator.metadata.lastUpdate));
  });

  it('keeps the metadata in the history: each revision holds it, and a change of it is listed by field', async () => {
    await subgraph.execute(DEFINE, { input: definition({ code: 'META_HISTORY', metadata: metadata() }) }, admin);
    const changed = await subgraph.execute(
      DEFINE,
      { input: definition({ code: 'META_HISTORY', metadata: metadata({ limitations: 'Only arterial roads are counted.' }), expectedRevision: 1 }) },
      otherAdmin,
    );
    expect(changed.errors).toBeUndefined();
    const kept = await subgraph.execute(DEFINE, { input: definition({ code: 'META_HISTORY', name: 'Shade trees per km of arterial road', expectedRevision: 2 }) }, admin);
    expect(kept.data?.defineIndicator.metadata.limitations).toBe('Only arterial roads are counted.');

    const { revisions } = await read('META_HISTORY');
    expect(revisions.map((entry) => entry.changedFields.filter((field) => field in metadata() || field === 'name'))).toEqual([
      expect.arrayContaining(['definition', 'definitionZh', 'limitations']),
      ['limitations'],
      ['name'],
    ]);
    expect(revisions[0].content).toMatchObject({ ...metadata(), unitMultiplier: 0, dataProvider: null });
    expect(revisions[1].content.limitations).toBe('Only arterial roads are counted.');
    expect(revisions[2].content).toEqual(revisions[1].content);
  });

  it.each<[string, string, Identity]>([
    ['a city editor', 'FORBIDDEN', { sub: 'hk', role: Role.CITY_EDITOR, cityId: 'haikou' }],
    ['a verifier', 'FORBIDDEN', { sub: 'v', role: Role.VERIFIER }],
    ['anonymous', 'UNAUTHENTICATED', { sub: 'anonymous', role: 'anonymous' }],
  ])('lets only admins set metadata: %s is refused with %s and nothing is written', async (_who, code, identity) => {
    const before = await rowCounts(subgraph.db, TABLES);
    const refused = await subgraph.execute(DEFINE, { input: definition({ code: 'PM25_ANNUAL_MEAN', metadata: metadata(), expectedRevision: 1 }) }, identity);
    expect(refused.errors?.[0].extensions?.code).toBe(code);
    expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
    expect((await read('PM25_ANNUAL_MEAN')).metadata.limitations).not.toBe(metadata().limitations);
  });

  it.each([
    ['an English definition without its Chinese one', { definitionZh: null }, 'metadata.definitionZh'],
    ['a Chinese definition without its English one', { definition: null }, 'metadata.definition'],
    ['a blank definition', { definition: '  ' }, 'metadata.definition'],
    ['a definition over 2,000 characters', { definition: 'x'.repeat(2001) }, 'metadata.definition'],
    ['a provider over 200 characters', { dataProvider: 'p'.repeat(201) }, 'metadata.dataProvider'],
    ['blank limitations', { limitations: ' ' }, 'metadata.limitations'],
    ['a unit multiplier above 15', { unitMultiplier: 16 }, 'metadata.unitMultiplier'],
    ['a unit multiplier below -15', { unitMultiplier: -16 }, 'metadata.unitMultiplier'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_case, overrides, field) => {
    const before = await rowCounts(subgraph.db, TABLES);
    const refused = await subgraph.execute(DEFINE, { input: definition({ code: 'META_REFUSED', metadata: metadata(overrides) }) }, admin);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.invalidFields).toEqual([expect.objectContaining({ field })]);
    expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
  });

  it('refuses a metadata change from a stale revision with CONFLICT, and lets one of two concurrent changes win', async () => {
    await subgraph.execute(DEFINE, { input: definition({ code: 'META_RACE', metadata: metadata() }) }, admin);
    await subgraph.execute(DEFINE, { input: definition({ code: 'META_RACE', metadata: metadata({ dataProvider: 'First' }), expectedRevision: 1 }) }, admin);
    const before = await rowCounts(subgraph.db, TABLES);
    const stale = await subgraph.execute(DEFINE, { input: definition({ code: 'META_RACE', metadata: metadata({ dataProvider: 'Stale' }), expectedRevision: 1 }) }, otherAdmin);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);

    const [a, b] = await Promise.all(
      ['A', 'B'].map((provider, index) =>
        subgraph.execute(DEFINE, { input: definition({ code: 'META_RACE', metadata: metadata({ dataProvider: provider }), expectedRevision: 2 }) }, [admin, otherAdmin][index]),
      ),
    );
    expect([a, b].map((result) => result.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const winner = (a.errors ? b : a).data?.defineIndicator.metadata.dataProvider;
    expect((await read('META_RACE')).metadata.dataProvider).toBe(winner);
  });
});
