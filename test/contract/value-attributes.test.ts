import { indicatorsSubgraph } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

interface Attributes {
  nature: string | null;
  lowerBound: number | null;
  upperBound: number | null;
  unitMultiplier: number | null;
  seriesBreak: boolean;
  seriesBreakReason: string | null;
  footnotes: string[];
}
interface InvalidItem {
  index: number;
  field: string;
  reason: string;
}
interface RankedEntry {
  rank: number;
  city: { id: string };
  value: number;
  rankRange: { best: number; worst: number };
  statisticallyTied: boolean;
  attributes: Attributes;
}

const ATTRIBUTES = 'attributes { nature lowerBound upperBound unitMultiplier seriesBreak seriesBreakReason footnotes }';
const SUBMIT = gql<{
  submitObservations: { created: number; corrected: number; unchanged: number; items: { outcome: string; observation: { id: string; value: number; revision: number; attributes: Attributes } }[] };
}>(`mutation ($input: SubmitObservationsInput!) {
  submitObservations(input: $input) { created corrected unchanged items { outcome observation { id value revision ${ATTRIBUTES} } } }
}`);
const RANKING = gql<{ ranking: { entries: RankedEntry[] } }>(`query ($code: ID!, $period: Period!, $cityIds: [ID!], $breakdown: [DimensionCodeInput!]) {
  ranking(includeSample: true, indicatorCode: $code, period: $period, cityIds: $cityIds, breakdown: $breakdown) { entries { rank city { id } value rankRange { best worst } statisticallyTied ${ATTRIBUTES} } }
}`);

const admin: Identity = { sub: 'admin-1', role: Role.ADMIN };
const SOURCE = 'Survey of the city (test)';
const FEMALE = { dimension: 'SEX', code: 'F' };
const NANSHAN = { dimension: 'DISTRICT', code: '440305' };
const NONE: Attributes = { nature: null, lowerBound: null, upperBound: null, unitMultiplier: null, seriesBreak: false, seriesBreakReason: null, footnotes: [] };
const item = (cityId: string, indicatorCode: string, value: number, attributes?: object, extra: object = {}) => ({
  cityId,
  indicatorCode,
  period: '2025',
  value,
  source: SOURCE,
  attributes,
  ...extra,
});

describe('value attributes (nature, bounds, unit multiplier, series break, footnotes)', () => {
  let subgraph: SubgraphHarness;
  let key = 0;
  const submit = (items: object[]) => subgraph.execute(SUBMIT, { input: { idempotencyKey: `attributes-${(key += 1)}`, items } }, admin);
  const rank = async (code: string, cityIds: string[], breakdown?: object[]) => {
    const result = await subgraph.execute(RANKING, { code, period: '2025', cityIds, breakdown });
    expect(result.errors).toBeUndefined();
    return new Map(result.data!.ranking.entries.map((entry) => [entry.city.id, entry]));
  };

  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('stores every attribute of a value broken down by district and sex, on the observation and its revision', async () => {
    const attributes = {
      nature: 'E',
      lowerBound: 71.5,
      upperBound: 76.25,
      seriesBreak: true,
      seriesBreakReason: '  Survey redesigned in 2025  ',
      footnotes: [' Sample of 1,200 residents. ', 'Weighted by age.'],
    };
    const result = await submit([item('shenzhen', 'HOTLINE_SATISFACTION_RATE', 74, attributes, { breakdown: [NANSHAN, FEMALE] })]);
    expect(result.errors).toBeUndefined();
    const stored = {
      ...NONE,
      nature: 'E',
      lowerBound: 71.5,
      upperBound: 76.25,
      seriesBreak: true,
      seriesBreakReason: 'Survey redesigned in 2025',
      footnotes: ['Sample of 1,200 residents.', 'Weighted by age.'],
    };
    const observation = result.data!.submitObservations.items[0].observation;
    expect(observation.attributes).toEqual(stored);

    const read = await subgraph.execute(
      gql<{ _entities: { observations: { nodes: { value: number; attributes: Attributes; revisions: { revision: number; attributes: Attributes }[] }[] } }[] }>(`{
        _entities(representations: [{ __typename: "City", id: "shenzhen" }]) { ... on City {
          observations(indicatorCode: "HOTLINE_SATISFACTION_RATE", period: "2025", breakdown: [{ dimension: "SEX", code: "F" }, { dimension: "DISTRICT", code: "440305" }]) {
            nodes { value ${ATTRIBUTES} revisions { revision ${ATTRIBUTES} } }
          }
        } }
      }`),
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?._entities[0].observations.nodes).toEqual([{ value: 74, attributes: stored, revisions: [{ revision: 1, attributes: stored }] }]);
  });

  it("keeps the value's attributes on the revision a review adds", async () => {
    const verifier: Identity = { sub: 'verifier-1', role: Role.VERIFIER };
    const created = await submit([item('chengdu', 'GHG_PER_CAPITA', 7.1, { nature: 'E', lowerBound: 6.5, upperBound: 7.7, footnotes: ['Inventory of 2025 (test).'] })]);
    const { id, revision, attributes } = created.data!.submitObservations.items[0].observation;
    const reviewed = await subgraph.execute(
      gql<{ reviewObservation: { status: string; revisions: { revision: number; attributes: Attributes }[] } }>(`mutation ($id: ID!, $revision: Int!) {
        reviewObservation(id: $id, revision: $revision, decision: VERIFIED) { status revisions { revision ${ATTRIBUTES} } }
      }`),
      { id, revision },
      verifier,
    );
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data?.reviewObservation).toEqual({
      status: 'VERIFIED',
      revisions: [
        { revision: 1, attributes },
        { revision: 2, attributes },
      ],
    });
    expect(attributes).toEqual({ ...NONE, nature: 'E', lowerBound: 6.5, upperBound: 7.7, footnotes: ['Inventory of 2025 (test).'] });
  });

  it('refuses attributes that do not fit the value, item by item, and writes nothing', async () => {
    const before = await rowCounts(subgraph.db, ['observation', 'observation_revision', 'submission']);
    const code = 'HOTLINE_SATISFACTION_RATE';
    const result = await submit([
      item('beijing', code, 80, { lowerBound: 78 }),
      item('tianjin', code, 80, { lowerBound: 81, upperBound: 85 }),
      item('chongqing', code, 80, { lowerBound: 70, upperBound: 79.5 }),
      item('hangzhou', code, 80, { unitMultiplier: 16 }),
      item('jinan', code, 80, { seriesBreak: true }),
      item('haikou', code, 80, { seriesBreakReason: 'new survey' }),
      item('chengdu', code, 80, { footnotes: ['a', 'b', 'c', 'd', 'e', 'f'] }),
      item('hohhot', code, 80, { footnotes: ['fine', '   ', 'x'.repeat(501)] }),
      item('guangzhou', code, 0.5, { unitMultiplier: 3 }),
    ]);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.invalidItems as InvalidItem[]).toEqual([
      { index: 0, field: 'attributes.upperBound', reason: 'is required with the other bound: give both ends of the interval, or neither' },
      { index: 1, field: 'attributes.lowerBound', reason: 'is 81, above the value 80: the interval must contain the value' },
      { index: 2, field: 'attributes.upperBound', reason: 'is 79.5, below the value 80: the interval must contain the value' },
      { index: 3, field: 'attributes.unitMultiplier', reason: 'must be from -15 to 15' },
      { index: 4, field: 'attributes.seriesBreakReason', reason: 'is required when seriesBreak is true: say what changed' },
      { index: 5, field: 'attributes.seriesBreakReason', reason: 'is given only with seriesBreak: true' },
      { index: 6, field: 'attributes.footnotes', reason: 'holds at most 5 footnotes; 6 were given' },
      { index: 7, field: 'attributes.footnotes[1]', reason: 'must be 1 to 500 characters' },
      { index: 7, field: 'attributes.footnotes[2]', reason: 'must be 1 to 500 characters' },
      { index: 8, field: 'value', reason: 'must be between 0 and 100 (%); with unit multiplier 3 it is 500' },
    ]);
    expect(await rowCounts(subgraph.db, ['observation', 'observation_revision', 'submission'])).toEqual(before);
  });

  it('treats new attributes for the same value as a correction, which needs a note and keeps the old ones in history', async () => {
    const code = 'PUBLIC_SERVICE_SATISFACTION_PCT';
    const first = await submit([item('xiongan', code, 88.2, { nature: 'C' })]);
    expect(first.data?.submitObservations.created).toBe(1);

    const noNote = await submit([item('xiongan', code, 88.2, { nature: 'CA', footnotes: ['Adjusted to the national survey frame.'] })]);
    expect(noNote.errors?.[0].extensions?.invalidItems as InvalidItem[]).toEqual([
      { index: 0, field: 'note', reason: 'corrects the attributes of the current value 88.2 (revision 1), so it needs a note saying why' },
    ]);

    const corrected = await submit([item('xiongan', code, 88.2, { nature: 'CA', footnotes: ['Adjusted to the national survey frame.'] }, { note: 'adjusted for comparability' })]);
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data?.submitObservations).toMatchObject({
      corrected: 1,
      items: [{ outcome: 'CORRECTED', observation: { revision: 2, attributes: { ...NONE, nature: 'CA', footnotes: ['Adjusted to the national survey frame.'] } } }],
    });

    const again = await submit([item('xiongan', code, 88.2, { nature: 'CA', footnotes: ['Adjusted to the national survey frame.'] })]);
    expect(again.data?.submitObservations).toMatchObject({ unchanged: 1, items: [{ outcome: 'UNCHANGED' }] });

    const history = await subgraph.execute(
      gql<{ _entities: { observations: { nodes: { revisions: { revision: number; attributes: { nature: string | null } }[] }[] } }[] }>(`{
        _entities(representations: [{ __typename: "City", id: "xiongan" }]) { ... on City { observations(indicatorCode: "${code}", period: "2025") { nodes { revisions { revision attributes { nature } } } } } }
      }`),
    );
    expect(history.data?._entities[0].observations.nodes[0].revisions).toEqual([
      { revision: 1, attributes: { nature: 'C' } },
      { revision: 2, attributes: { nature: 'CA' } },
    ]);
  });

  it("ranks values given in another unit multiplier in the indicator's, and says so in their attributes", async () => {
    const code = 'LEGAL_AID_CASES';
    const result = await submit([item('beijing', code, 12.5, { unitMultiplier: 3, lowerBound: 12, upperBound: 13 }), item('tianjin', code, 9800), item('shanghai', code, 12_400)]);
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitObservations.items[0].observation).toMatchObject({ value: 12.5, attributes: { unitMultiplier: 3, lowerBound: 12, upperBound: 13 } });

    const entries = await rank(code, ['beijing', 'tianjin', 'shanghai']);
    expect(entries.get('beijing')).toMatchObject({ rank: 1, value: 12_500, attributes: { unitMultiplier: null, lowerBound: 12_000, upperBound: 13_000 }, rankRange: { best: 1, worst: 2 } });
    expect(entries.get('shanghai')).toMatchObject({ rank: 2, value: 12_400, rankRange: { best: 1, worst: 2 }, statisticallyTied: true });
    expect(entries.get('tianjin')).toMatchObject({ rank: 3, value: 9800, rankRange: { best: 3, worst: 3 }, statisticallyTied: false });
  });

  it('gives each city of a higher-is-better ranking the ranks it could hold within the bounds, computed by hand', async () => {
    // City: value [lower, upper]. E 90; A 80 [78, 82]; B 79 [77, 81]; C 70; D 60 [50, 72].
    const code = 'HOTLINE_SATISFACTION_RATE';
    const breakdown = [FEMALE];
    const values: [string, number, object | undefined][] = [
      ['guangzhou', 90, undefined],
      ['beijing', 80, { lowerBound: 78, upperBound: 82 }],
      ['shanghai', 79, { lowerBound: 77, upperBound: 81 }],
      ['tianjin', 70, undefined],
      ['chongqing', 60, { lowerBound: 50, upperBound: 72 }],
    ];
    const result = await submit(values.map(([city, value, attributes]) => item(city, code, value, attributes, { breakdown })));
    expect(result.errors).toBeUndefined();
    const entries = await rank(
      code,
      values.map(([city]) => city),
      breakdown,
    );
    const summary = [...entries.values()].map((entry) => [entry.city.id, entry.rank, entry.rankRange.best, entry.rankRange.worst, entry.statisticallyTied]);
    expect(summary).toEqual([
      // Nobody's interval reaches 90: first whatever the bounds.
      ['guangzhou', 1, 1, 1, false],
      // At best above B (82 > 81); at worst below B (B's 81 > 78); overlaps B.
      ['beijing', 2, 2, 3, true],
      ['shanghai', 3, 2, 3, true],
      // A and B lie wholly above 70; D may reach 72 > 70; D's interval holds 70.
      ['tianjin', 4, 4, 5, true],
      // At best 72, still below A's and B's lower ends (78, 77) but above C's 70.
      ['chongqing', 5, 4, 5, true],
    ]);
  });

  it('mirrors the rank ranges for a lower-is-better indicator', async () => {
    // P 30 [28, 33]; Q 32 [31, 34]; R 40, exact.
    const code = 'PM25_ANNUAL_MEAN';
    const result = await submit([item('hohhot', code, 30, { lowerBound: 28, upperBound: 33 }), item('jinan', code, 32, { lowerBound: 31, upperBound: 34 }), item('haikou', code, 40)]);
    expect(result.errors).toBeUndefined();
    const entries = await rank(code, ['hohhot', 'jinan', 'haikou']);
    expect([...entries.values()].map((entry) => [entry.city.id, entry.rank, entry.rankRange.best, entry.rankRange.worst, entry.statisticallyTied])).toEqual([
      ['hohhot', 1, 1, 2, true],
      ['jinan', 2, 1, 2, true],
      ['haikou', 3, 3, 3, false],
    ]);
  });

  it('carries the attributes into comparison cells and series points', async () => {
    const result = await subgraph.execute(
      gql<{
        comparison: { cells: { cityId: string; value: number | null; attributes: Attributes | null }[] };
        _entities: { series: { points: { period: string; value: number; attributes: Attributes }[] } }[];
      }>(`{
        comparison(includeSample: true, cityIds: ["beijing", "shenzhen"], indicatorCodes: ["LEGAL_AID_CASES"], periods: ["2025"]) { cells { cityId value ${ATTRIBUTES} } }
        _entities(representations: [{ __typename: "City", id: "beijing" }]) { ... on City { series(includeSample: true, indicatorCode: "LEGAL_AID_CASES") { points { period value ${ATTRIBUTES} } } } }
      }`),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.comparison.cells).toEqual([
      { cityId: 'beijing', value: 12_500, attributes: { ...NONE, lowerBound: 12_000, upperBound: 13_000 } },
      { cityId: 'shenzhen', value: null, attributes: null },
    ]);
    const points = result.data!._entities[0].series.points;
    expect(points.at(-1)).toEqual({ period: '2025', value: 12_500, attributes: { ...NONE, lowerBound: 12_000, upperBound: 13_000 } });
    expect(points.slice(0, -1).every((point) => point.attributes.unitMultiplier === null && point.attributes.lowerBound === null)).toBe(true);
  });
});
