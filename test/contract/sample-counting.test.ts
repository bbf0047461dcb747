import { indicatorsSubgraph } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

const admin: Identity = { sub: 'admin-1', role: Role.ADMIN };
const CITIES = 13;

interface Answers {
  ranking: { includesSample: boolean; sampleValuesLeftOut: number; entries: { city: { id: string }; value: number; sample: boolean }[]; missing: { id: string }[] };
  comparison: { includesSample: boolean; sampleValuesLeftOut: number; cells: { cityId: string; period: string; value: number | null; missing: boolean }[] };
  declarationIndex: { includesSample: boolean; entries: { city: { id: string }; index: number | null; coverage: number }[] };
  availability: { cityId: string; indicatorCode: string }[];
  breakdowns: { city: { id: string }; periods: string[] }[];
  frameworkProgress: { includesSample: boolean; cities: { city: { id: string }; coverage: number }[] };
  _entities: {
    series: { includesSample: boolean; points: { period: string; sample: boolean }[]; targetValue: number | null; trend: string };
    progress: {
      includesSample: boolean;
      coverage: number;
      initiatives: { indicators: { indicator: { code: string }; value: number | null; targetValue: number | null; progress: number | null }[] }[];
    };
    peerComparison: { includesSample: boolean; value: number | null; peersWithData: number };
  }[];
}

/** Every analytic over PM2.5 in 2023, with or without the sample values. */
const ANALYTICS = gql<Answers>(`query ($includeSample: Boolean!) {
  ranking(indicatorCode: "PM25_ANNUAL_MEAN", period: "2023", includeSample: $includeSample) { includesSample sampleValuesLeftOut entries { city { id } value sample } missing { id } }
  comparison(cityIds: ["beijing", "tianjin"], indicatorCodes: ["PM25_ANNUAL_MEAN"], periods: ["2019", "2023"], includeSample: $includeSample) {
    includesSample sampleValuesLeftOut cells { cityId period value missing }
  }
  declarationIndex(period: "2023", includeSample: $includeSample) { includesSample entries { city { id } index coverage } }
  availability(period: "2023", cityIds: ["beijing", "tianjin"], includeSample: $includeSample) { cityId indicatorCode }
  breakdowns(indicatorCode: "PM25_ANNUAL_MEAN", cityIds: ["beijing", "tianjin"], includeSample: $includeSample) { city { id } periods }
  frameworkProgress(elementId: "CCWC_2025:5", period: "2023", includeSample: $includeSample) { includesSample cities { city { id } coverage } }
  _entities(representations: [{ __typename: "City", id: "beijing", peers: [{ id: "shanghai" }, { id: "tianjin" }] }]) { ... on City {
    series(indicatorCode: "PM25_ANNUAL_MEAN", includeSample: $includeSample) { includesSample points { period sample } targetValue trend }
    progress(period: "2023", includeSample: $includeSample) { includesSample coverage initiatives { indicators { indicator { code } value targetValue progress } } }
    peerComparison(indicatorCode: "PM25_ANNUAL_MEAN", period: "2023", includeSample: $includeSample) { includesSample value peersWithData }
  } }
}`);
const DEFAULT_RANKING = gql<{ ranking: { includesSample: boolean; entries: unknown[] } }>('{ ranking(indicatorCode: "PM25_ANNUAL_MEAN", period: "2023") { includesSample entries { value } } }');
const SUBMIT = gql<{ submitObservations: { corrected: number } }>('mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { corrected } }');
const SET_TARGET = gql<{ setTarget: { sample: boolean; revision: number } }>('mutation ($input: TargetInput!) { setTarget(input: $input) { sample revision } }');

const pm25 = (answers: Answers) => answers._entities[0].progress.initiatives.flatMap((initiative) => initiative.indicators).find((entry) => entry.indicator.code === 'PM25_ANNUAL_MEAN')!;

describe('the analytics and the sample values', () => {
  let subgraph: SubgraphHarness;
  const read = async (includeSample: boolean) => {
    const result = await subgraph.execute(ANALYTICS, { includeSample });
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
    // Two submitted (not sample) values for Beijing and one for Shanghai replace sample values.
    const submitted = await subgraph.execute(
      SUBMIT,
      {
        input: {
          idempotencyKey: 'published-pm25',
          items: [
            { cityId: 'beijing', indicatorCode: 'PM25_ANNUAL_MEAN', period: '2019', value: 42, source: 'Municipal bulletin (test)', note: 'Published figure replaces the sample' },
            { cityId: 'beijing', indicatorCode: 'PM25_ANNUAL_MEAN', period: '2023', value: 32, source: 'Municipal bulletin (test)', note: 'Published figure replaces the sample' },
            { cityId: 'shanghai', indicatorCode: 'PM25_ANNUAL_MEAN', period: '2023', value: 28, source: 'Municipal bulletin (test)', note: 'Published figure replaces the sample' },
          ],
        },
      },
      admin,
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitObservations.corrected).toBe(3);
  });
  afterAll(() => subgraph?.close());

  it('leave the sample values out unless asked for, and say so in every answer', async () => {
    const published = await read(false);
    expect(published.ranking).toMatchObject({ includesSample: false, sampleValuesLeftOut: CITIES - 2 });
    expect(published.ranking.entries.map((entry) => [entry.city.id, entry.value, entry.sample])).toEqual([
      ['shanghai', 28, false],
      ['beijing', 32, false],
    ]);
    expect(published.ranking.missing).toHaveLength(CITIES - 2);
    expect(published.comparison).toMatchObject({ includesSample: false, sampleValuesLeftOut: 2 });
    expect(published.comparison.cells.map((cell) => [cell.cityId, cell.period, cell.value, cell.missing])).toEqual([
      ['beijing', '2019', 42, false],
      ['beijing', '2023', 32, false],
      ['tianjin', '2019', null, true],
      ['tianjin', '2023', null, true],
    ]);
    expect(published.availability).toEqual([{ cityId: 'beijing', indicatorCode: 'PM25_ANNUAL_MEAN' }]);
    expect(published.breakdowns).toEqual([{ city: { id: 'beijing' }, periods: ['2019', '2023'] }]);
    const [beijing] = published._entities;
    expect(beijing.series).toMatchObject({
      includesSample: false,
      points: [
        { period: '2019', sample: false },
        { period: '2023', sample: false },
      ],
    });
    expect(beijing.peerComparison).toEqual({ includesSample: false, value: 32, peersWithData: 1 });

    const all = await read(true);
    expect(all.ranking).toMatchObject({ includesSample: true, sampleValuesLeftOut: 0, missing: [] });
    expect(all.ranking.entries).toHaveLength(CITIES);
    expect(all.comparison).toMatchObject({ includesSample: true, sampleValuesLeftOut: 0 });
    expect(all.comparison.cells.every((cell) => !cell.missing)).toBe(true);
    expect(all.availability.length).toBeGreaterThan(published.availability.length);
    expect(all._entities[0].series.points.length).toBeGreaterThan(2);
    expect(all._entities[0].peerComparison).toMatchObject({ includesSample: true, peersWithData: 2 });

    const byDefault = await subgraph.execute(DEFAULT_RANKING);
    expect(byDefault.data?.ranking).toEqual({ includesSample: false, entries: [{ value: 28 }, { value: 32 }] });
  });

  it('measure progress, trends and the declaration index against published values and the targets a city set, never a sample target', async () => {
    const published = await read(false);
    expect(published.declarationIndex.includesSample).toBe(false);
    // Beijing has one indicator with a published value; no city has an index on so little.
    expect(published.declarationIndex.entries.every((entry) => entry.index === null)).toBe(true);
    expect(published.declarationIndex.entries.find((entry) => entry.city.id === 'tianjin')?.coverage).toBe(0);
    expect(published.frameworkProgress.includesSample).toBe(false);
    expect(published.frameworkProgress.cities.every((city) => city.coverage === 0)).toBe(true);
    const [beijing] = published._entities;
    // The value is published but the target is a sample: no progress, no trend.
    expect(pm25(published)).toEqual({ indicator: { code: 'PM25_ANNUAL_MEAN' }, value: 32, targetValue: null, progress: null });
    expect(beijing.series).toMatchObject({ targetValue: null, trend: 'INSUFFICIENT_DATA' });
    expect(beijing.progress.includesSample).toBe(false);

    const all = await read(true);
    expect(all.declarationIndex.entries.filter((entry) => entry.index !== null).length).toBeGreaterThan(0);
    expect(pm25(all).targetValue).not.toBeNull();
    expect(all._entities[0].series.targetValue).not.toBeNull();

    // A target the city sets is not a sample: progress and the trend use it with published values alone.
    const set = await subgraph.execute(
      SET_TARGET,
      {
        input: {
          cityId: 'beijing',
          indicatorCode: 'PM25_ANNUAL_MEAN',
          baselinePeriod: '2019',
          baselineValue: 42,
          targetPeriod: '2030',
          targetValue: 25,
          source: 'Municipal plan (test)',
          expectedRevision: 1,
        },
      },
      admin,
    );
    expect(set.data?.setTarget).toEqual({ sample: false, revision: 2 });
    const withTarget = await read(false);
    expect(pm25(withTarget)).toMatchObject({ value: 32, targetValue: 25 });
    expect(pm25(withTarget).progress).toBeCloseTo((32 - 42) / (25 - 42), 9);
    expect(withTarget._entities[0].series).toMatchObject({ targetValue: 25 });
    expect(withTarget._entities[0].series.trend).not.toBe('INSUFFICIENT_DATA');
  });
});
