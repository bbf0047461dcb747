import { Direction, IndicatorKind, SAMPLE_YEARS, syntheticSeries, type SampleProfile } from '@ugf/indicators';

const percentUp = { code: 'SHARE_UP', direction: Direction.HIGHER_IS_BETTER, kind: IndicatorKind.PERCENT, validMin: 0, validMax: 100 };
const averageDown = { code: 'PM_DOWN', direction: Direction.LOWER_IS_BETTER, kind: IndicatorKind.AVERAGE, validMin: 0, validMax: null };
const count = { code: 'COUNT_UP', direction: Direction.HIGHER_IS_BETTER, kind: IndicatorKind.COUNT, validMin: 0, validMax: null };
const profile: SampleProfile = { low: 60, high: 95, annualImprovementPct: 5, decimals: 1 };
const city = { id: 'testville', population: 12_000_000 };
const cityIds = Array.from({ length: 40 }, (_, index) => `city-${index}`);

describe('synthetic sample series', () => {
  it('gives the same values for the same city and indicator every time', () => {
    expect(syntheticSeries(city, percentUp, profile, SAMPLE_YEARS)).toEqual(syntheticSeries(city, percentUp, profile, SAMPLE_YEARS));
  });

  it('differs between cities', () => {
    const values = new Set(cityIds.map((id) => syntheticSeries({ id, population: 1e7 }, percentUp, profile, SAMPLE_YEARS).values[0].value));
    expect(values.size).toBeGreaterThan(30);
  });

  it('keeps every value inside the valid range, rounded to the profile decimals', () => {
    const steep: SampleProfile = { low: 90, high: 99.5, annualImprovementPct: 40, decimals: 1 };
    for (const id of cityIds) {
      for (const { value } of syntheticSeries({ id, population: 1e7 }, percentUp, steep, SAMPLE_YEARS).values) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
        expect(Number(value.toFixed(1))).toBe(value);
      }
    }
  });

  it('starts from the baseline in 2019 and changes smoothly (under 15 % a year)', () => {
    for (const id of cityIds) {
      const series = syntheticSeries({ id, population: 1e7 }, averageDown, { low: 60, high: 20, annualImprovementPct: 4, decimals: 2 }, SAMPLE_YEARS);
      expect(series.values[0]).toEqual(series.baseline);
      for (let index = 1; index < series.values.length; index += 1) {
        const previous = series.values[index - 1].value;
        expect(Math.abs(series.values[index].value - previous) / previous).toBeLessThan(0.15);
      }
    }
  });

  it('sets a 2030 target better than the baseline in the indicator direction', () => {
    for (const id of cityIds) {
      const down = syntheticSeries({ id, population: 1e7 }, averageDown, { low: 60, high: 20, annualImprovementPct: 4, decimals: 2 }, SAMPLE_YEARS);
      expect(down.target.year).toBe(2030);
      expect(down.target.value).toBeLessThan(down.baseline.value);
      const up = syntheticSeries({ id, population: 1e7 }, percentUp, profile, SAMPLE_YEARS);
      expect(up.target.value).toBeGreaterThan(up.baseline.value);
    }
  });

  it('scales counts with population, so a small city does not report a megacity count', () => {
    const small = syntheticSeries({ id: 'same', population: 1_200_000 }, count, { low: 1000, high: 5000, annualImprovementPct: 3, decimals: 0 }, SAMPLE_YEARS);
    const large = syntheticSeries({ id: 'same', population: 24_000_000 }, count, { low: 1000, high: 5000, annualImprovementPct: 3, decimals: 0 }, SAMPLE_YEARS);
    expect(large.baseline.value / small.baseline.value).toBeCloseTo(20, 0);
  });
});
