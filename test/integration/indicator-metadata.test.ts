import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, Role } from '@ugf/runtime';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';

const METADATA = gql<{
  indicator: {
    code: string;
    unit: string;
    method: string;
    periodicity: string;
    revision: number;
    frameworks: { ref: string }[];
    metadata: {
      definition: string | null;
      definitionZh: string | null;
      unit: string;
      unitMultiplier: number;
      computationMethod: string;
      periodicity: string;
      dataSources: string | null;
      dataProvider: string | null;
      limitations: string | null;
      lastUpdate: string;
    };
    revisions: { createdAt: string }[];
  };
}>(`query ($code: ID!) { indicator(code: $code) {
  code unit method periodicity revision frameworks { ref }
  metadata { definition definitionZh unit unitMultiplier computationMethod periodicity dataSources dataProvider limitations lastUpdate }
  revisions(last: 1) { createdAt }
} }`);
const DEFINE = gql<{ defineIndicator: { revision: number; metadata: { limitations: string | null; lastUpdate: string } } }>(
  `mutation ($input: IndicatorDefinitionInput!) { defineIndicator(input: $input) { revision metadata { limitations lastUpdate } } }`,
);
const DEFINITION = gql<{
  indicator: { name: string; nameZh: string; direction: string; kind: string; validMin: number | null; validMax: number | null; plausibleChangePct: number | null; initiative: { id: string } };
}>(`{ indicator(code: "LEGAL_AID_CASES") { name nameZh direction kind validMin validMax plausibleChangePct initiative { id } } }`);

interface IndicatorSeed {
  code: string;
  definition: string;
  definitionZh: string;
  dataSources: string;
  limitations?: string;
}
const seeded = JSON.parse(fs.readFileSync(path.join(repoRoot, 'seeds', 'indicators.json'), 'utf8')) as IndicatorSeed[];

describe('indicator metadata through the gateway', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack();
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  it('answers the seeded metadata of an indicator with the unit, method and periodicity of its definition', async () => {
    const seed = seeded.find((entry) => entry.code === 'UNDER5_MORTALITY_PER_1000')!;
    const result = await system.query(METADATA, { code: seed.code });
    expect(result.errors).toBeUndefined();
    const indicator = result.data!.indicator;
    expect(indicator.metadata).toEqual({
      definition: seed.definition,
      definitionZh: seed.definitionZh,
      unit: indicator.unit,
      unitMultiplier: 0,
      computationMethod: indicator.method,
      periodicity: indicator.periodicity,
      dataSources: seed.dataSources,
      dataProvider: null,
      limitations: null,
      lastUpdate: indicator.revisions[0].createdAt,
    });
  });

  it('lets an admin change the metadata, which moves the last update to the new revision', async () => {
    const before = (await system.query(METADATA, { code: 'LEGAL_AID_CASES' })).data!.indicator;
    const seed = seeded.find((entry) => entry.code === 'LEGAL_AID_CASES')!;
    const { code: _code, revision, frameworks: _frameworks, metadata, revisions: _revisions, ...definition } = before;
    const full = await system.query(DEFINITION);
    const { initiative, ...rest } = full.data!.indicator;
    const admin = await system.token({ sub: 'metadata-admin', role: Role.ADMIN });
    const input = {
      code: 'LEGAL_AID_CASES',
      ...rest,
      unit: definition.unit,
      method: definition.method,
      periodicity: definition.periodicity,
      initiativeId: initiative.id,
      expectedRevision: revision,
      metadata: { definition: metadata.definition, definitionZh: metadata.definitionZh, dataSources: metadata.dataSources, limitations: `${seed.limitations} Closed cases only.` },
    };
    const changed = await system.query(DEFINE, { input }, admin);
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.defineIndicator).toMatchObject({ revision: revision + 1, metadata: { limitations: `${seed.limitations} Closed cases only.` } });
    const after = (await system.query(METADATA, { code: 'LEGAL_AID_CASES' })).data!.indicator;
    expect(after.metadata.lastUpdate).toBe(after.revisions[0].createdAt);
    expect(Date.parse(after.metadata.lastUpdate)).toBeGreaterThanOrEqual(Date.parse(before.metadata.lastUpdate));

    const anonymous = await system.query(DEFINE, { input: { ...input, expectedRevision: revision + 1 } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
