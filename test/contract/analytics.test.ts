import { expect } from '@jest/globals';
import { indicatorsSubgraph } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, type SubgraphHarness } from '../helpers/subgraph-harness';

const admin: Identity = { sub: 'fixture', role: Role.ADMIN };
const DEFINE = `mutation ($input: IndicatorDefinitionInput!) { defineIndicator(input: $input) { code } }`;
const SUBMIT = `mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created } }`;
const SET_TARGET = `mutation ($input: TargetInput!) { setTarget(input: $input) { targetValue } }`;
const definition = (code: string, direction: string) => ({
  code,
  name: code,
  nameZh: code,
  unit: 'points',
  direction,
  periodicity: 'ANNUAL',
  kind: 'RATE',
  plausibleChangePct: 1000,
  method: 'Fixture indicator for tests.',
  initiativeId: '7',
});

interface Cell {
  cityId: string;
  indicatorCode: string;
  period: string;
  value: number | null;
  score: number | null;
  missing: boolean;
}
interface Progress {
  index: number | null;
  coverage: number;
  indexMissingReason: string | null;
  initiatives: {
    initiative: { id: string };
    score: number | null;
    coverage: number;
    indicatorsWithData: number;
    indicatorsDefined: number;
    indicators: { indicator: { code: string }; value: number | null; progress: number | null }[];
  }[];
}
interface IndexEntry {
  rank: number;
  city: { id: string };
  index: number | null;
  coverage: number;
  indexMissingReason: string | null;
}

describe('comparative analytics on a hand-made fixture', () => {
  let subgraph: SubgraphHarness;
  const run = async <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => {
    const result = await subgraph.execute<T>(query, variables, admin);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const submit = (key: string, items: [string, string, string, number][]) =>
    run(SUBMIT, { input: { idempotencyKey: key, items: items.map(([cityId, indicatorCode, period, value]) => ({ cityId, indicatorCode, period, value, source: 'fixture' })) } });

  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
    await run(DEFINE, { input: definition('FIX_UP', 'HIGHER_IS_BETTER') });
    await run(DEFINE, { input: definition('FIX_DOWN', 'LOWER_IS_BETTER') });
    // 2009: beijing 80, shanghai 90, tianjin 80, chengdu 60; haikou has none.
    await submit('fix-up-2009', [
      ['beijing', 'FIX_UP', '2009', 80],
      ['shanghai', 'FIX_UP', '2009', 90],
      ['tianjin', 'FIX_UP', '2009', 80],
      ['chengdu', 'FIX_UP', '2009', 60],
    ]);
    await submit('fix-down-2009', [
      ['beijing', 'FIX_DOWN', '2009', 30],
      ['shanghai', 'FIX_DOWN', '2009', 50],
      ['tianjin', 'FIX_DOWN', '2009', 40],
    ]);
  });
  afterAll(() => subgraph?.close());

  it('ranks with shared ranks for ties, min–max scores, missing cities listed, and distribution statistics', async () => {
    const { ranking } = await run<{
      ranking: { entries: unknown[]; missing: unknown[]; statistics: unknown };
    }>(`{ ranking(includeSample: true, indicatorCode: "FIX_UP", period: "2009", cityIds: ["beijing", "shanghai", "tianjin", "chengdu", "haikou"]) {
      entries { rank city { id } value unit score } missing { id } statistics { count min max mean median q1 q3 } } }`);
    expect(ranking.entries).toEqual([
      { rank: 1, city: { id: 'shanghai' }, value: 90, unit: 'points', score: 100 },
      { rank: 2, city: { id: 'beijing' }, value: 80, unit: 'points', score: (20 / 30) * 100 },
      { rank: 2, city: { id: 'tianjin' }, value: 80, unit: 'points', score: (20 / 30) * 100 },
      { rank: 4, city: { id: 'chengdu' }, value: 60, unit: 'points', score: 0 },
    ]);
    expect(ranking.missing).toEqual([{ id: 'haikou' }]);
    // Sorted 60 80 80 90: mean 77.5, median 80, Q1 at position 0.75 = 75, Q3 at 2.25 = 82.5.
    expect(ranking.statistics).toEqual({ count: 4, min: 60, max: 90, mean: 77.5, median: 80, q1: 75, q3: 82.5 });
  });

  it('inverts scores and ranks for a lower-is-better indicator', async () => {
    const { ranking } = await run<{ ranking: { entries: unknown[] } }>(
      `{ ranking(includeSample: true, indicatorCode: "FIX_DOWN", period: "2009", cityIds: ["beijing", "shanghai", "tianjin"]) { entries { rank city { id } score } } }`,
    );
    expect(ranking.entries).toEqual([
      { rank: 1, city: { id: 'beijing' }, score: 100 },
      { rank: 2, city: { id: 'tianjin' }, score: 50 },
      { rank: 3, city: { id: 'shanghai' }, score: 0 },
    ]);
  });

  it('answers null for an unknown indicator and BAD_USER_INPUT for a malformed period', async () => {
    expect((await run(`{ ranking(includeSample: true, indicatorCode: "NOPE", period: "2009") { period } }`)).ranking).toBeNull();
    const bad = await subgraph.execute(`{ ranking(includeSample: true, indicatorCode: "FIX_UP", period: "09") { period } }`);
    expect(bad.errors?.[0]).toMatchObject({ message: expect.stringContaining('Invalid period "09"'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('builds a flat comparison matrix with per-indicator-and-period scores and missing cells', async () => {
    const { comparison } = await run<{
      comparison: { periods: string[]; cells: Cell[] };
    }>(`{ comparison(includeSample: true, cityIds: ["beijing", "haikou"], indicatorCodes: ["FIX_UP", "FIX_DOWN"], periods: ["2009"]) {
      periods cells { cityId indicatorCode period value score missing } } }`);
    expect(comparison.cells).toEqual([
      // Among the two compared cities only Beijing has values, so it scores 100 on both.
      { cityId: 'beijing', indicatorCode: 'FIX_UP', period: '2009', value: 80, score: 100, missing: false },
      { cityId: 'beijing', indicatorCode: 'FIX_DOWN', period: '2009', value: 30, score: 100, missing: false },
      { cityId: 'haikou', indicatorCode: 'FIX_UP', period: '2009', value: null, score: null, missing: true },
      { cityId: 'haikou', indicatorCode: 'FIX_DOWN', period: '2009', value: null, score: null, missing: true },
    ]);
    const tooBig = await subgraph.execute(`query ($ids: [ID!]!) { comparison(includeSample: true, cityIds: $ids, indicatorCodes: ["FIX_UP"], periods: ["2009"]) { periods } }`, {
      ids: Array.from({ length: 301 }, (_, index) => `city-${index}`),
    });
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknownCity = await subgraph.execute(`{ ranking(includeSample: true, indicatorCode: "FIX_UP", period: "2009", cityIds: ["beijing", "atlantis"]) { period } }`);
    expect(unknownCity.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', unknown: ['atlantis'] });
  });

  it('places every cell of a larger matrix by city, then indicator, then period, as asked, scoring within each indicator and period', async () => {
    const { comparison } = await run<{
      comparison: { periods: string[]; cells: Cell[] };
    }>(`{ comparison(includeSample: true, cityIds: ["chengdu", "shanghai", "tianjin"], indicatorCodes: ["FIX_DOWN", "FIX_UP"], periods: ["2009", "2008"]) {
      periods cells { cityId indicatorCode period value score missing } } }`);
    const cell = (cityId: string, indicatorCode: string, period: string, value: number | null, score: number | null) => ({ cityId, indicatorCode, period, value, score, missing: value === null });
    // 2009 among these three: FIX_UP 60, 90, 80 (higher is better); FIX_DOWN none, 50, 40 (lower is better). 2008 has no value.
    expect(comparison.periods).toEqual(['2009', '2008']);
    expect(comparison.cells).toEqual([
      cell('chengdu', 'FIX_DOWN', '2009', null, null),
      cell('chengdu', 'FIX_DOWN', '2008', null, null),
      cell('chengdu', 'FIX_UP', '2009', 60, 0),
      cell('chengdu', 'FIX_UP', '2008', null, null),
      cell('shanghai', 'FIX_DOWN', '2009', 50, 0),
      cell('shanghai', 'FIX_DOWN', '2008', null, null),
      cell('shanghai', 'FIX_UP', '2009', 90, 100),
      cell('shanghai', 'FIX_UP', '2008', null, null),
      cell('tianjin', 'FIX_DOWN', '2009', 40, 100),
      cell('tianjin', 'FIX_DOWN', '2008', null, null),
      cell('tianjin', 'FIX_UP', '2009', 80, (20 / 30) * 100),
      cell('tianjin', 'FIX_UP', '2008', null, null),
    ]);
  });

  it('classes every trend of a series and reports its changes', async () => {
    // Baseline 2019 = 100, target 2030 = 200: the needed CAGR is 2^(1/11) − 1 = 6.50 % a year.
    const latest: Record<string, number> = { beijing: 140, shanghai: 125, tianjin: 110, chengdu: 90 };
    for (const cityId of Object.keys(latest)) {
      await run(SET_TARGET, { input: { cityId, indicatorCode: 'FIX_UP', baselinePeriod: '2019', baselineValue: 100, targetPeriod: '2030', targetValue: 200, source: 'fixture' } });
      await submit(`fix-series-${cityId}`, [
        [cityId, 'FIX_UP', '2019', 100],
        [cityId, 'FIX_UP', '2024', latest[cityId]],
      ]);
    }
    await submit('fix-series-haikou', [['haikou', 'FIX_UP', '2024', 70]]);
    const { _entities } = await run<{
      _entities: { series: { trend: string; trendRatio: number | null; points: { period: string; value: number; changeFromPrevious: number | null; changeFromBaseline: number | null }[] } }[];
    }>(`{ _entities(representations: [
      { __typename: "City", id: "beijing" }, { __typename: "City", id: "shanghai" }, { __typename: "City", id: "tianjin" },
      { __typename: "City", id: "chengdu" }, { __typename: "City", id: "haikou" }]) {
      ... on City { series(includeSample: true, indicatorCode: "FIX_UP") { trend trendRatio points { period value changeFromPrevious changeFromBaseline } } } } }`);
    expect(_entities.map((city) => city.series.trend)).toEqual(['ON_TRACK', 'NEEDS_ACCELERATION', 'LIMITED_PROGRESS', 'DETERIORATING', 'INSUFFICIENT_DATA']);
    expect(_entities[0].series.points.filter((point) => point.period >= '2019')).toEqual([
      { period: '2019', value: 100, changeFromPrevious: expect.any(Number), changeFromBaseline: 0 },
      { period: '2024', value: 140, changeFromPrevious: 40, changeFromBaseline: 40 },
    ]);
    expect(_entities[0].series.trendRatio).toBeCloseTo((1.4 ** (1 / 5) - 1) / (2 ** (1 / 11) - 1), 6);
  });

  it('computes progress clamped to [0, 1], initiative coverage, and withholds the index below 80 % coverage', async () => {
    const { _entities } = await run<{ _entities: { full: Progress; sparse: Omit<Progress, 'initiatives'> }[] }>(`{ _entities(representations: [{ __typename: "City", id: "beijing" }]) { ... on City {
      full: progress(includeSample: true, period: "2024") { index coverage indexMissingReason initiatives { initiative { id } score coverage indicatorsWithData indicatorsDefined indicators { indicator { code } value progress } } }
      sparse: progress(includeSample: true, period: "2009") { index coverage indexMissingReason } } } }`);
    const { full, sparse } = _entities[0];
    const fixture = full.initiatives.find((initiative) => initiative.initiative.id === '7')!;
    const fixUp = fixture.indicators.find((entry) => entry.indicator.code === 'FIX_UP');
    expect(fixUp).toEqual({ indicator: { code: 'FIX_UP' }, value: 140, progress: 0.4 });
    // FIX_DOWN has a value only in 2009 and no target: initiative 7 has one indicator without data.
    expect(fixture.indicatorsWithData).toBe(fixture.indicatorsDefined - 1);
    expect(fixture.coverage).toBeCloseTo(fixture.indicatorsWithData / fixture.indicatorsDefined, 10);
    for (const initiative of full.initiatives) for (const entry of initiative.indicators) if (entry.progress !== null) expect(entry.progress).toBeGreaterThanOrEqual(0);
    expect(full.index).not.toBeNull();
    expect(sparse.index).toBeNull();
    expect(sparse.indexMissingReason).toMatch(/at least 80 %/);
  });

  it('ranks the declaration index with coverage and puts cities without an index last', async () => {
    const { declarationIndex } = await run<{ declarationIndex: { entries: IndexEntry[] } }>(
      `{ declarationIndex(includeSample: true, period: "2024") { entries { rank city { id } index coverage indexMissingReason } } }`,
    );
    expect(declarationIndex.entries).toHaveLength(13);
    const indices = declarationIndex.entries.map((entry) => entry.index);
    expect(indices).toEqual([...indices].sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect(declarationIndex.entries[0].rank).toBe(1);
  });

  it("gives in the declaration index and in an initiative across cities exactly the figures of each city's own progress", async () => {
    const { declarationIndex, initiative } = await run<{
      declarationIndex: { entries: IndexEntry[] };
      initiative: { progress: { cities: { city: { id: string }; score: number | null; coverage: number }[] } }[];
    }>(`{
      declarationIndex(includeSample: true, period: "2024") { entries { city { id } index coverage indexMissingReason } }
      initiative: _entities(representations: [{ __typename: "Initiative", id: "7" }]) { ... on Initiative { progress(includeSample: true, period: "2024") { cities { city { id } score coverage } } } } }`);
    const ids = declarationIndex.entries.map((entry) => entry.city.id);
    const { _entities: cities } = await run<{
      _entities: { id: string; progress: Omit<Progress, 'initiatives'> & { initiatives: Pick<Progress['initiatives'][number], 'initiative' | 'score' | 'coverage'>[] } }[];
    }>(`{ _entities(representations: [${ids.map((id) => `{ __typename: "City", id: "${id}" }`).join(',')}]) { ... on City {
      id progress(includeSample: true, period: "2024") { index coverage indexMissingReason initiatives { initiative { id } score coverage } } } } }`);
    const own = new Map(cities.map((city) => [city.id, city.progress]));
    for (const entry of declarationIndex.entries) {
      const { index, coverage, indexMissingReason } = own.get(entry.city.id)!;
      expect({ id: entry.city.id, index: entry.index, coverage: entry.coverage, indexMissingReason: entry.indexMissingReason }).toEqual({ id: entry.city.id, index, coverage, indexMissingReason });
    }
    const scored = initiative[0].progress.cities.filter((entry) => entry.score !== null);
    expect(scored.length).toBeGreaterThan(0);
    for (const entry of initiative[0].progress.cities) {
      const { initiatives } = own.get(entry.city.id)!;
      const seven = initiatives.find((item) => item.initiative.id === '7');
      expect({ id: entry.city.id, score: entry.score, coverage: entry.coverage }).toEqual({ id: entry.city.id, score: seven?.score ?? null, coverage: seven?.coverage ?? 0 });
    }
  });

  it('leaves a REJECTED value out of progress and out of the comparison', async () => {
    await run(SET_TARGET, { input: { cityId: 'xiongan', indicatorCode: 'FIX_UP', baselinePeriod: '2019', baselineValue: 100, targetPeriod: '2030', targetValue: 200, source: 'fixture' } });
    const submitted = await run<{ submitObservations: { items: { observation: { id: string; revision: number } }[] } }>(
      `mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { items { observation { id revision } } } }`,
      {
        input: { idempotencyKey: 'fix-rejected-xiongan', items: [{ cityId: 'xiongan', indicatorCode: 'FIX_UP', period: '2024', value: 150, source: 'fixture' }] },
      },
    );
    const read = () =>
      run<{
        _entities: { progress: { initiatives: Pick<Progress['initiatives'][number], 'indicators'>[] } }[];
        comparison: { cells: Pick<Cell, 'value' | 'missing'>[] };
      }>(`{ _entities(representations: [{ __typename: "City", id: "xiongan" }]) { ... on City { progress(includeSample: true, period: "2024") { initiatives { indicators { indicator { code } value progress } } } } }
        comparison(includeSample: true, cityIds: ["xiongan"], indicatorCodes: ["FIX_UP"], periods: ["2024"]) { cells { value missing } } }`);
    const fixUp = (data: Awaited<ReturnType<typeof read>>) => data._entities[0].progress.initiatives.flatMap((initiative) => initiative.indicators).find((entry) => entry.indicator.code === 'FIX_UP');
    const before = await read();
    expect(fixUp(before)).toEqual({ indicator: { code: 'FIX_UP' }, value: 150, progress: 0.5 });
    expect(before.comparison.cells).toEqual([{ value: 150, missing: false }]);

    const verifier: Identity = { sub: 'verifier-fixture', role: Role.VERIFIER };
    const { id, revision } = submitted.submitObservations.items[0].observation;
    const review = await subgraph.execute<{ reviewObservation: { status: string } }>(
      `mutation ($id: ID!, $revision: Int!) { reviewObservation(id: $id, revision: $revision, decision: REJECTED, comment: "Not the city's own figure") { status } }`,
      { id, revision },
      verifier,
    );
    expect(review.data?.reviewObservation).toEqual({ status: 'REJECTED' });
    const after = await read();
    expect(fixUp(after)).toEqual({ indicator: { code: 'FIX_UP' }, value: null, progress: null });
    expect(after.comparison.cells).toEqual([{ value: null, missing: true }]);
  });

  it('costs a fixed number of SQL statements for progress and series, however many cities', async () => {
    const query = (ids: string[]) =>
      `{ _entities(representations: [${ids.map((id) => `{ __typename: "City", id: "${id}" }`).join(',')}]) { ... on City { progress(includeSample: true, period: "2024") { index } series(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN") { trend } } } }`;
    const few = await subgraph.executeCounted(query(['beijing']));
    const many = await subgraph.executeCounted(query(['beijing', 'shanghai', 'tianjin', 'chongqing', 'chengdu', 'haikou', 'jinan', 'hohhot']));
    expect(many.result.errors).toBeUndefined();
    expect(many.statements).toBe(few.statements);
  });
});
