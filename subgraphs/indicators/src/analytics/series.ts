import type { Indicator } from '../indicator.entity';
import type { Observation } from '../observation.entity';
import { parsePeriod, periodInYears } from '../period';
import type { ProgressTarget } from './progress-inputs';
import type { Series } from './analytics.types';
import { TrendClass, trendOf } from './progress-method';
import { countedValue, countsInAnalytics, type Counting } from './counted-values';
import { citationOf } from '../citation/citation-rules';

const yearsOf = (period: string) => periodInYears(parsePeriod(period)!);

/** A city's series for one indicator, with changes and its trend class (method in the `Series` type). */
export function buildSeries(indicator: Indicator, observations: readonly Observation[], target: Omit<ProgressTarget, 'indicatorCode' | 'sample'> | undefined, counting: Counting): Series {
  const usable = observations
    .filter((row) => countsInAnalytics(row, counting))
    .sort((a, b) => yearsOf(a.period) - yearsOf(b.period))
    .map((row) => ({ period: row.period, status: row.status, source: row.source, citation: citationOf(row.citationJson), sample: row.sample, ...countedValue(row, indicator) }));
  const points = usable.map((row, index) => ({
    period: row.period,
    value: row.value,
    attributes: row.attributes,
    status: row.status,
    source: row.source,
    citation: row.citation,
    sample: row.sample,
    changeFromPrevious: index === 0 ? null : row.value - usable[index - 1].value,
    changeFromBaseline: target ? row.value - target.baselineValue : null,
  }));
  const latest = usable[usable.length - 1];
  const trend =
    target && usable.length >= 2
      ? trendOf({
          baseline: { year: yearsOf(target.baselinePeriod), value: target.baselineValue },
          latest: { year: yearsOf(latest.period), value: latest.value },
          target: { year: yearsOf(target.targetPeriod), value: target.targetValue },
          direction: indicator.direction,
        })
      : { trend: TrendClass.INSUFFICIENT_DATA, ratio: null, observedRate: null, requiredRate: null, rateKind: 'CAGR' as const };
  return {
    indicator,
    points,
    baselinePeriod: target?.baselinePeriod ?? null,
    baselineValue: target?.baselineValue ?? null,
    targetPeriod: target?.targetPeriod ?? null,
    targetValue: target?.targetValue ?? null,
    observedRate: trend.observedRate,
    requiredRate: trend.requiredRate,
    rateKind: trend.rateKind,
    trendRatio: trend.ratio,
    trend: trend.trend,
    includesSample: counting.includeSample,
  };
}
