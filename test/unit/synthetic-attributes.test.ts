import { SAMPLE_INTERVALS, SAMPLE_SERIES_BREAK, syntheticAttributes, type SampleValue } from '@ugf/indicators';

const rows: SampleValue[] = [
  { cityId: 'beijing', indicatorCode: 'HOTLINE_SATISFACTION_RATE', period: '2023', breakdown: '', value: 80 },
  { cityId: 'beijing', indicatorCode: 'HOTLINE_SATISFACTION_RATE', period: '2023', breakdown: 'SEX=F', value: 99.5 },
  { cityId: 'chengdu', indicatorCode: 'GHG_PER_CAPITA', period: '2024', breakdown: '', value: 7.25 },
  { cityId: 'chengdu', indicatorCode: 'PM25_ANNUAL_MEAN', period: '2024', breakdown: '', value: 31 },
  { cityId: SAMPLE_SERIES_BREAK.cityId, indicatorCode: SAMPLE_SERIES_BREAK.indicatorCode, period: SAMPLE_SERIES_BREAK.period, breakdown: '', value: 75 },
  { cityId: SAMPLE_SERIES_BREAK.cityId, indicatorCode: SAMPLE_SERIES_BREAK.indicatorCode, period: SAMPLE_SERIES_BREAK.period, breakdown: 'SEX=M', value: 74 },
];
// Percentages are kept within 0–100 and rounded to one decimal, as the seed's own rule does.
const valueOf = (code: string, value: number) => Number((code === 'GHG_PER_CAPITA' ? value : Math.min(100, Math.max(0, value))).toFixed(code === 'GHG_PER_CAPITA' ? 2 : 1));

describe('synthetic value attributes of the sample data', () => {
  const attributes = syntheticAttributes(rows, valueOf);

  it('gives the listed indicators an interval around the value, within the valid range, and their nature', () => {
    rows.forEach((row, index) => {
      const interval = SAMPLE_INTERVALS.find((entry) => entry.indicatorCode === row.indicatorCode);
      const { lowerBound, upperBound, nature } = attributes[index];
      if (!interval) {
        expect([lowerBound, upperBound, nature]).toEqual([null, null, null]);
        return;
      }
      expect(nature).toBe(interval.nature);
      expect(lowerBound!).toBeLessThan(row.value);
      expect(upperBound!).toBeGreaterThanOrEqual(row.value);
      expect(upperBound!).toBeLessThanOrEqual(row.indicatorCode === 'GHG_PER_CAPITA' ? Infinity : 100);
      const [least, most] = interval.halfWidthPct;
      // Rounding to the value's decimals may move an end by half a unit of the last decimal.
      const slack = row.indicatorCode === 'GHG_PER_CAPITA' ? 0.005 : 0.05;
      expect(row.value - lowerBound!).toBeGreaterThanOrEqual((row.value * least) / 100 - slack);
      expect(row.value - lowerBound!).toBeLessThanOrEqual((row.value * most) / 100 + slack);
    });
    // 99.5 + 1.5 % would pass 100: the upper end is cut at the valid maximum.
    expect(attributes[1].upperBound).toBe(100);
  });

  it('breaks one series, on its total only, with the reason and a footnote saying it is synthetic', () => {
    const breaks = attributes.map((entry, index) => [index, entry.seriesBreak, entry.seriesBreakReason] as const).filter(([, seriesBreak]) => seriesBreak);
    expect(breaks).toEqual([[4, true, SAMPLE_SERIES_BREAK.reason]]);
    expect(SAMPLE_SERIES_BREAK.reason).toMatch(/^Synthetic sample/);
    expect(attributes[4].footnotes).toEqual([expect.stringMatching(/^Synthetic sample data/)]);
    expect(attributes[5].seriesBreak).toBe(false);
  });

  it('is the same on every run', () => {
    expect(syntheticAttributes(rows, valueOf)).toEqual(attributes);
  });
});
