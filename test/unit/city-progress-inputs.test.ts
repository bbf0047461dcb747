import { computeProgress, type Indicator, summariseCityProgress } from '@ugf/indicators';

/** Three indicators, the second kept in thousands (unit multiplier 3), over two initiatives. */
const catalogue = [
  { code: 'A', initiativeId: '1', unitMultiplier: 0 },
  { code: 'B', initiativeId: '1', unitMultiplier: 3 },
  { code: 'C', initiativeId: '2', unitMultiplier: 0 },
] as Indicator[];

// Given in another order than the catalogue's; B's value is in units (multiplier 0): 2,500 units are 2.5 thousand.
const observations = [
  { indicatorCode: 'C', value: 5, unitMultiplier: null },
  { indicatorCode: 'B', value: 2500, unitMultiplier: 0 },
  { indicatorCode: 'A', value: 30, unitMultiplier: null },
  { indicatorCode: 'NOT_IN_CATALOGUE', value: 1, unitMultiplier: null },
];
const targets = [
  { indicatorCode: 'B', baselineValue: 1, targetValue: 5 },
  { indicatorCode: 'C', baselineValue: 0, targetValue: 20 },
  { indicatorCode: 'A', baselineValue: 10, targetValue: 50 },
];

describe("a city's progress inputs, matched to the catalogue by indicator code", () => {
  // A: (30 − 10) / 40 = 0.5; B: (2.5 − 1) / 4 = 0.375; C: 5 / 20 = 0.25.
  // Initiative 1: (0.5 + 0.375) / 2 = 0.4375; initiative 2: 0.25; the index: (0.4375 + 0.25) / 2.
  test("each value meets its own indicator's target and multiplier, whatever the order of the rows", () => {
    const progress = computeProgress('city', '2025', catalogue, observations, targets);
    const entries = progress.initiatives.flatMap((initiative) => initiative.indicators.map((entry) => [entry.indicator.code, entry.value, entry.progress]));
    expect(entries).toEqual([
      ['A', 30, 0.5],
      ['B', 2.5, 0.375],
      ['C', 5, 0.25],
    ]);
    expect(progress.initiatives.map((initiative) => initiative.score)).toEqual([0.4375, 0.25]);
    expect(progress.index).toBeCloseTo(0.34375, 12);
  });

  test('the summary gives the same scores as the full progress', () => {
    const summary = summariseCityProgress('2025', catalogue, observations, targets);
    const full = computeProgress('city', '2025', catalogue, observations, targets);
    expect(summary.index).toBe(full.index);
    expect(summary.initiatives.map((initiative) => initiative.score)).toEqual(full.initiatives.map((initiative) => initiative.score));
  });

  test('an indicator without a value or a target has no progress and lowers the coverage', () => {
    const progress = computeProgress('city', '2025', catalogue, observations.slice(1), targets.slice(1));
    const entries = progress.initiatives.flatMap((initiative) => initiative.indicators.map((entry) => [entry.indicator.code, entry.progress]));
    expect(entries).toEqual([
      ['A', 0.5],
      ['B', null],
      ['C', null],
    ]);
    expect(progress.coverage).toBeCloseTo(1 / 3, 12);
  });
});
