import { storedAttributes } from '../attributes/attribute-rules';
import type { ValueAttributes } from '../attributes/value-attributes';
import { ValueNature } from '../attributes/value-nature';
import { seededRandom } from './prng';

/**
 * Which sample values get synthetic attributes, so that every part of the model has data to show: survey-style
 * intervals on hotline satisfaction (totals and breakdowns), estimated emissions with a wider interval, and one
 * series break. The intervals are drawn at random, like the values: they are not published confidence intervals.
 */
export const SAMPLE_INTERVALS = [
  { indicatorCode: 'HOTLINE_SATISFACTION_RATE', nature: ValueNature.C, halfWidthPct: [1.5, 3.5] },
  { indicatorCode: 'GHG_PER_CAPITA', nature: ValueNature.E, halfWidthPct: [6, 10] },
] as const;
export const SAMPLE_SERIES_BREAK = {
  cityId: 'shenzhen',
  indicatorCode: 'HOTLINE_SATISFACTION_RATE',
  period: '2022',
  reason: 'Synthetic sample: the satisfaction survey moved from telephone to online interviews this year (illustrative, not a real event)',
} as const;

export interface SampleValue {
  cityId: string;
  indicatorCode: string;
  period: string;
  breakdown: string;
  value: number;
}

/**
 * The attributes of each sample value, in order: an interval (half-width a deterministic share of the value,
 * made valid and rounded by `valueOf`, always around the value) with a nature for the listed indicators, the
 * series break on its total, and no attributes elsewhere.
 */
export function syntheticAttributes(rows: readonly SampleValue[], valueOf: (indicatorCode: string, value: number) => number): ValueAttributes[] {
  return rows.map((row) => {
    const interval = SAMPLE_INTERVALS.find((entry) => entry.indicatorCode === row.indicatorCode);
    const isBreak = row.breakdown === '' && row.cityId === SAMPLE_SERIES_BREAK.cityId && row.indicatorCode === SAMPLE_SERIES_BREAK.indicatorCode && row.period === SAMPLE_SERIES_BREAK.period;
    if (!interval && !isBreak) return storedAttributes(null);
    let bounds = {};
    if (interval) {
      const random = seededRandom(`${row.cityId}|${row.indicatorCode}|${row.period}|${row.breakdown}|interval`);
      const [least, most] = interval.halfWidthPct;
      const halfWidth = (Math.abs(row.value) * (least + random() * (most - least))) / 100;
      bounds = { lowerBound: Math.min(row.value, valueOf(row.indicatorCode, row.value - halfWidth)), upperBound: Math.max(row.value, valueOf(row.indicatorCode, row.value + halfWidth)) };
    }
    return storedAttributes({
      ...bounds,
      nature: interval?.nature ?? null,
      ...(isBreak ? { seriesBreak: true, seriesBreakReason: SAMPLE_SERIES_BREAK.reason, footnotes: ['Synthetic sample data: the values before 2022 are not comparable with this one.'] } : {}),
    });
  });
}
