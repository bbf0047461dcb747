import { indicatorsSubgraph } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

interface BreakdownPart {
  dimension: string;
  code: string;
}
interface LabelledPart extends BreakdownPart {
  label: string;
  labelZh: string;
  city: { id: string } | null;
}

const SUBMIT = gql<{
  submitObservations: { created: number; items: { index: number; observation: { id: string; value: number; breakdown: LabelledPart[] } }[] };
}>(`mutation ($input: SubmitObservationsInput!) {
  submitObservations(input: $input) { created items { index observation { id value breakdown { dimension code label labelZh city { id } } } } }
}`);
const RANKING = gql<{
  ranking: { breakdown: BreakdownPart[]; entries: { rank: number; city: { id: string }; value: number }[]; missing: { id: string }[] };
}>(`query ($breakdown: [DimensionCodeInput!]) {
  ranking(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE", period: "2025", breakdown: $breakdown) {
    breakdown { dimension code } entries { rank city { id } value } missing { id }
  }
}`);

const shenzhenEditor: Identity = { sub: 'editor-sz', role: Role.CITY_EDITOR, cityId: 'shenzhen' };
const admin: Identity = { sub: 'admin-1', role: Role.ADMIN };
const SOURCE = 'District satisfaction survey of the city (test)';
const FEMALE = { dimension: 'SEX', code: 'F' };
const NANSHAN = { dimension: 'DISTRICT', code: '440305' };
const DONGCHENG = { dimension: 'DISTRICT', code: '110101' };
const item = (cityId: string, value: number, breakdown?: object[]) => ({ cityId, indicatorCode: 'HOTLINE_SATISFACTION_RATE', period: '2025', value, source: SOURCE, breakdown });

describe('breakdowns (disaggregation)', () => {
  let subgraph: SubgraphHarness;
  let key = 0;
  const submit = (items: object[], identity: Identity) => subgraph.execute(SUBMIT, { input: { idempotencyKey: `breakdowns-${(key += 1)}`, items } }, identity);

  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('lists the dimensions with their code lists, districts with their city, and the dimensions of an indicator', async () => {
    const result = await subgraph.execute(
      gql<{ dimensions: unknown; indicator: { dimensions: { id: string }[] }; other: { dimensions: { id: string }[] } }>(`{
      dimensions { id totalCode codes { code label labelZh city { id } } }
      indicator(code: "HOTLINE_SATISFACTION_RATE") { dimensions { id } }
      other: indicator(code: "LEGAL_AID_CASES") { dimensions { id } }
    }`),
    );
    expect(result.errors).toBeUndefined();
    const dimensions = result.data?.dimensions as { id: string; totalCode: string; codes: { code: string; label: string; labelZh: string; city: { id: string } | null }[] }[];
    expect(dimensions.map((dimension) => dimension.id)).toEqual(['SEX', 'AGE', 'URBANISATION', 'DISTRICT']);
    expect(dimensions.every((dimension) => dimension.totalCode === '_T')).toBe(true);
    const districts = dimensions.find((dimension) => dimension.id === 'DISTRICT')!.codes;
    expect(districts.find((code) => code.code === '440305')).toEqual({ code: '440305', label: 'Nanshan District', labelZh: '南山区', city: { id: 'shenzhen' } });
    expect(districts.filter((code) => code.city?.id === 'xiongan').map((code) => code.code)).toEqual(['130629', '130632', '130638']);
    expect(result.data?.indicator.dimensions).toEqual([{ id: 'SEX' }, { id: 'DISTRICT' }]);
    expect(result.data?.other.dimensions).toEqual([]);
  });

  it("refuses breakdowns outside the code lists or the indicator's dimensions, item by item, and writes nothing", async () => {
    const before = await rowCounts(subgraph.db, ['observation', 'observation_revision', 'submission']);
    const result = await submit(
      [
        item('shenzhen', 80, [{ dimension: 'COLOUR', code: 'RED' }]),
        item('shenzhen', 80, [{ dimension: 'AGE', code: 'Y_GE60' }]),
        item('shenzhen', 80, [{ dimension: 'SEX', code: 'X' }]),
        item('shenzhen', 80, [DONGCHENG]),
        item('shenzhen', 80, [FEMALE, { dimension: 'SEX', code: 'M' }]),
        item('shenzhen', 80, [FEMALE, NANSHAN]),
        item('shenzhen', 81, [NANSHAN, FEMALE]),
      ],
      shenzhenEditor,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = result.errors?.[0].extensions?.invalidItems as { index: number; field: string; reason: string }[];
    expect(invalid).toEqual([
      { index: 0, field: 'breakdown', reason: 'unknown dimension "COLOUR"' },
      { index: 1, field: 'breakdown', reason: 'HOTLINE_SATISFACTION_RATE is not broken down by AGE (only by SEX, DISTRICT)' },
      { index: 2, field: 'breakdown', reason: '"X" is not a SEX code' },
      { index: 3, field: 'breakdown', reason: 'DISTRICT 110101 (Dongcheng District) is in beijing, not shenzhen' },
      { index: 4, field: 'breakdown', reason: 'names SEX twice' },
      { index: 6, field: 'period', reason: 'same city, indicator, period and breakdown as item 5' },
    ]);
    expect(await rowCounts(subgraph.db, ['observation', 'observation_revision', 'submission'])).toEqual(before);
  });

  it('stores values by district and sex beside the total, and ranks the cities on one breakdown without mixing in others', async () => {
    const written = await submit(
      [item('shenzhen', 91.5, [NANSHAN, FEMALE]), item('shenzhen', 88, [FEMALE]), item('shenzhen', 86, [{ dimension: 'SEX', code: 'M' }]), item('shenzhen', 87, [])],
      shenzhenEditor,
    );
    expect(written.errors).toBeUndefined();
    expect(written.data?.submitObservations.created).toBe(4);
    expect(written.data?.submitObservations.items[0].observation.breakdown).toEqual([
      { dimension: 'DISTRICT', code: '440305', label: 'Nanshan District', labelZh: '南山区', city: { id: 'shenzhen' } },
      { dimension: 'SEX', code: 'F', label: 'Female', labelZh: '女', city: null },
    ]);
    expect((await submit([item('beijing', 90, [FEMALE]), item('beijing', 93, [DONGCHENG, FEMALE])], admin)).errors).toBeUndefined();

    const female = (await subgraph.execute(RANKING, { breakdown: [FEMALE] })).data!.ranking;
    expect(female.breakdown).toEqual([{ dimension: 'SEX', code: 'F' }]);
    expect(female.entries).toEqual([
      { rank: 1, city: { id: 'beijing' }, value: 90 },
      { rank: 2, city: { id: 'shenzhen' }, value: 88 },
    ]);
    expect(female.missing).toHaveLength(11);

    const nanshanFemale = (await subgraph.execute(RANKING, { breakdown: [FEMALE, NANSHAN] })).data!.ranking;
    expect(nanshanFemale.entries).toEqual([{ rank: 1, city: { id: 'shenzhen' }, value: 91.5 }]);
    // `_T` is the total of a dimension: SEX _T with Nanshan is Nanshan's all-sexes value, which nobody submitted.
    const nanshanAll = (await subgraph.execute(RANKING, { breakdown: [NANSHAN, { dimension: 'SEX', code: '_T' }] })).data!.ranking;
    expect(nanshanAll.entries).toEqual([]);

    const totals = (await subgraph.execute(RANKING, {})).data?.ranking;
    expect(totals).toMatchObject({ breakdown: [], entries: [{ rank: 1, city: { id: 'shenzhen' }, value: 87 }] });
  });

  it('filters observations, series and comparison by breakdown, totals when none is given', async () => {
    const result = await subgraph.execute(
      gql<{
        _entities: { female: { nodes: unknown[] }; totals: { nodes: unknown[] }; series: unknown }[];
        comparison: { cells: { cityId: string; value: number | null }[] };
      }>(`query ($female: [DimensionCodeInput!]) {
        _entities(representations: [{ __typename: "City", id: "shenzhen" }]) { ... on City {
          female: observations(indicatorCode: "HOTLINE_SATISFACTION_RATE", period: "2025", breakdown: $female) { nodes { period value breakdown { code } } }
          totals: observations(indicatorCode: "HOTLINE_SATISFACTION_RATE", period: "2025") { nodes { value breakdown { code } } }
          series(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE", breakdown: $female) { points { period value source } targetValue }
        } }
        comparison(includeSample: true, cityIds: ["shenzhen", "beijing"], indicatorCodes: ["HOTLINE_SATISFACTION_RATE"], periods: ["2025"], breakdown: $female) { cells { cityId value } }
      }`),
      { female: [FEMALE] },
    );
    expect(result.errors).toBeUndefined();
    const city = result.data!._entities[0];
    expect(city.female.nodes).toEqual([{ period: '2025', value: 88, breakdown: [{ code: 'F' }] }]);
    expect(city.totals.nodes).toEqual([{ value: 87, breakdown: [] }]);
    const { points, targetValue } = city.series as { points: { period: string; value: number; source: string }[]; targetValue: number | null };
    expect(points.map((point) => point.period)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(points[6]).toEqual({ period: '2025', value: 88, source: SOURCE });
    expect(points.slice(0, 6).every((point) => point.source.includes('SYNTHETIC') && point.source.includes('breakdown'))).toBe(true);
    expect(targetValue).toBeNull();
    expect(result.data?.comparison.cells).toEqual([
      { cityId: 'shenzhen', value: 88 },
      { cityId: 'beijing', value: 90 },
    ]);
  });

  it('says which breakdowns exist for which cities and periods', async () => {
    const result = await subgraph.execute(
      `{ breakdowns(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE", cityIds: ["shenzhen", "beijing"]) { breakdown { dimension code } city { id } periods } }`,
    );
    expect(result.errors).toBeUndefined();
    const entries = (result.data?.breakdowns as { breakdown: { dimension: string; code: string }[]; city: { id: string }; periods: string[] }[]).map(
      (entry) => `${entry.breakdown.map((part) => `${part.dimension}=${part.code}`).join(';') || 'total'} ${entry.city.id} ${entry.periods.join(',')}`,
    );
    const seeded = '2019,2020,2021,2022,2023,2024';
    expect(entries).toEqual([
      `total beijing ${seeded}`,
      `total shenzhen ${seeded},2025`,
      'DISTRICT=110101;SEX=F beijing 2025',
      'DISTRICT=440305;SEX=F shenzhen 2025',
      `SEX=F beijing ${seeded},2025`,
      `SEX=F shenzhen ${seeded},2025`,
      `SEX=M beijing ${seeded}`,
      `SEX=M shenzhen ${seeded},2025`,
    ]);
  });

  it('corrects a breakdown value with a new revision and a note, names the breakdown in a stale-revision conflict, and reviews it like any value', async () => {
    const correction = { ...item('shenzhen', 88.4, [FEMALE]), note: 'late survey returns', expectedRevision: 1 };
    const corrected = await subgraph.execute(
      gql<{ submitObservations: { corrected: number; items: { observation: { id: string; revision: number; revisions: { revision: number; value: number }[] } }[] } }>(
        `mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { corrected items { observation { id revision revisions { revision value } } } } }`,
      ),
      { input: { idempotencyKey: 'breakdowns-correction', items: [correction] } },
      shenzhenEditor,
    );
    expect(corrected.errors).toBeUndefined();
    const observation = corrected.data!.submitObservations.items[0].observation;
    expect(observation).toMatchObject({
      revision: 2,
      revisions: [
        { revision: 1, value: 88 },
        { revision: 2, value: 88.4 },
      ],
    });

    const stale = await submit([{ ...correction, value: 89, expectedRevision: 1 }], shenzhenEditor);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((stale.errors?.[0].extensions?.conflictItems as { reason: string }[])[0].reason).toContain('shenzhen HOTLINE_SATISFACTION_RATE 2025 SEX=F is now at revision 2');

    const verifier: Identity = { sub: 'verifier-1', role: Role.VERIFIER };
    const reviewed = await subgraph.execute(`mutation { reviewObservation(id: "${observation.id}", revision: 2, decision: VERIFIED) { status breakdown { code } } }`, {}, verifier);
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data?.reviewObservation).toEqual({ status: 'VERIFIED', breakdown: [{ code: 'F' }] });
  });

  it('refuses a breakdown filter the indicator does not have with BAD_USER_INPUT', async () => {
    const result = await subgraph.execute(RANKING, { breakdown: [{ dimension: 'AGE', code: 'Y_GE60' }] });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'breakdown' });
    expect(result.errors?.[0].message).toBe('breakdown: HOTLINE_SATISFACTION_RATE is not broken down by AGE (only by SEX, DISTRICT).');
  });
});
