import type { MessageKey } from './i18n';

/** A message and its values: why a figure cannot be computed, derived from what the page already has. */
export interface Why {
  key: MessageKey;
  values?: Record<string, string | number>;
}

interface Impact {
  fromPeriod: string;
  toPeriod?: string | null;
  valueAtStart?: number | null;
  change?: number | null;
  peerMedianChange?: number | null;
}

/** Why a case's change cannot be computed: no value in the case's year, or none after it. */
export function changeMissing(impact: Impact): Why | null {
  if (impact.change !== null && impact.change !== undefined) return null;
  if (!impact.toPeriod) return { key: 'reason.noValueAfter', values: { period: impact.fromPeriod } };
  return { key: 'reason.noValueInCaseYear', values: { period: impact.fromPeriod } };
}

/** Why the peers' median change cannot be computed: no peer has values for both periods. */
export function peerChangeMissing(impact: Impact): Why | null {
  if (impact.peerMedianChange !== null && impact.peerMedianChange !== undefined) return null;
  if (!impact.toPeriod) return { key: 'reason.noValueAfter', values: { period: impact.fromPeriod } };
  return { key: 'reason.noPeerPair', values: { from: impact.fromPeriod, to: impact.toPeriod } };
}

interface SeriesFacts {
  points: { period: string }[];
  baselinePeriod?: string | null;
  targetValue?: number | null;
  baselineValue?: number | null;
  trend: string;
}

/** Why a series has no baseline and target: a breakdown (targets are set on totals), or no target set. */
export function targetMissing(series: SeriesFacts, broken: boolean): Why | null {
  if (series.targetValue !== null && series.targetValue !== undefined) return null;
  return { key: broken ? 'reason.targetsOnTotals' : 'reason.noTarget' };
}

/** Why the trend is INSUFFICIENT_DATA (the series' method): no target, fewer than two values, nothing after the baseline, or a target equal to it. */
export function trendMissing(series: SeriesFacts, broken: boolean): Why | null {
  if (series.trend !== 'INSUFFICIENT_DATA') return null;
  const target = targetMissing(series, broken);
  if (target) return target;
  if (series.points.length < 2) return { key: 'reason.fewValues' };
  const latest = series.points[series.points.length - 1].period;
  if (series.baselinePeriod && latest <= series.baselinePeriod) return { key: 'reason.nothingSinceBaseline', values: { period: series.baselinePeriod } };
  return { key: 'reason.targetIsBaseline' };
}

/** Why a city's index is null: its coverage is under the 80 % the index needs. */
export const indexMissing = (coverage: number): Why => ({ key: 'reason.lowCoverage', values: { coverage: Math.round(coverage * 100) } });
