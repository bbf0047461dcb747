import { Direction } from '../indicator.enums';

/** Progress toward a target: (value − baseline) / (target − baseline), clamped to [0, 1]; null when undefined. */
export function progressTowardTarget(value: number, baseline: number, target: number): number | null {
  if (target === baseline) return null;
  return Math.min(1, Math.max(0, (value - baseline) / (target - baseline)));
}

export enum TrendClass {
  ON_TRACK = 'ON_TRACK',
  NEEDS_ACCELERATION = 'NEEDS_ACCELERATION',
  LIMITED_PROGRESS = 'LIMITED_PROGRESS',
  DETERIORATING = 'DETERIORATING',
  INSUFFICIENT_DATA = 'INSUFFICIENT_DATA',
}

export const TREND_THRESHOLDS = { onTrack: 0.95, needsAcceleration: 0.6 } as const;

/** Compound annual growth rate between two positive values `years` apart; null when undefined. */
export function cagr(from: number, to: number, years: number): number | null {
  if (years <= 0 || from <= 0 || to <= 0) return null;
  return (to / from) ** (1 / years) - 1;
}

export interface TrendInput {
  baseline: { year: number; value: number };
  latest: { year: number; value: number };
  target: { year: number; value: number };
  direction: Direction;
}

export interface Trend {
  trend: TrendClass;
  /** Observed growth rate over the rate needed to reach the target; the basis of the class. */
  ratio: number | null;
  observedRate: number | null;
  requiredRate: number | null;
  /** `CAGR` normally; `LINEAR` when a value is zero or negative, where growth rates are undefined. */
  rateKind: 'CAGR' | 'LINEAR';
}

export function classify(ratio: number): TrendClass {
  if (ratio >= TREND_THRESHOLDS.onTrack) return TrendClass.ON_TRACK;
  if (ratio >= TREND_THRESHOLDS.needsAcceleration) return TrendClass.NEEDS_ACCELERATION;
  if (ratio >= 0) return TrendClass.LIMITED_PROGRESS;
  return TrendClass.DETERIORATING;
}

/**
 * The Open SDG / Statistics Canada progress method: the ratio of the observed annual growth rate since
 * the baseline to the rate needed from the baseline to reach the target by the target year. Rates are
 * compound (CAGR); when a value is not positive they are linear (change per year). Because the required
 * rate points in the indicator's good direction, the ratio is direction-adjusted by construction: moving
 * the wrong way gives a negative ratio. A target already met is on track.
 */
export function trendOf({ baseline, latest, target, direction }: TrendInput): Trend {
  const observedYears = latest.year - baseline.year;
  const targetYears = target.year - baseline.year;
  const insufficient: Trend = { trend: TrendClass.INSUFFICIENT_DATA, ratio: null, observedRate: null, requiredRate: null, rateKind: 'CAGR' };
  if (observedYears <= 0 || targetYears <= 0 || target.value === baseline.value) return insufficient;
  const met = direction === Direction.HIGHER_IS_BETTER ? latest.value >= target.value : latest.value <= target.value;
  const compound = cagr(baseline.value, latest.value, observedYears);
  const requiredCompound = cagr(baseline.value, target.value, targetYears);
  const linear = compound === null || requiredCompound === null;
  const observedRate = linear ? (latest.value - baseline.value) / observedYears : compound;
  const requiredRate = linear ? (target.value - baseline.value) / targetYears : requiredCompound;
  const ratio = observedRate / requiredRate;
  return { trend: met ? TrendClass.ON_TRACK : classify(ratio), ratio, observedRate, requiredRate, rateKind: linear ? 'LINEAR' : 'CAGR' };
}
