import { ObservationStatus } from '../indicator.enums';
import { TOTAL_KEY } from '../dimensions/breakdown-key';
import { type AttributedValue, inIndicatorScale } from '../attributes/indicator-scale';

/**
 * Which values the analytics count (rankings, comparisons, series, progress, peers, per-capita values, case
 * impact): every value but a rejected one, of one breakdown at a time (the total unless a breakdown is asked
 * for; the rows an analytic reads are selected by breakdown, so breakdowns are never mixed). The one place
 * this rule is written, in memory and in SQL, with the scale the analytics count values in (`countedValue`).
 */
export function countsInAnalytics(row: { status: ObservationStatus }): boolean {
  return row.status !== ObservationStatus.REJECTED;
}

/**
 * The same rule as a SQL condition on the observation alias, with its parameters, for a query builder's
 * `where`: values of `breakdown` (the total by default; null for every breakdown, as `breakdowns` lists them).
 */
export function countedInSql(alias: string, breakdown: string | null = TOTAL_KEY): { condition: string; parameters: Record<string, unknown> } {
  const status = `${alias}.status <> :notCounted`;
  if (breakdown === null) return { condition: status, parameters: { notCounted: ObservationStatus.REJECTED } };
  return { condition: `${status} AND ${alias}.breakdown = :countedBreakdown`, parameters: { notCounted: ObservationStatus.REJECTED, countedBreakdown: breakdown } };
}

/**
 * A counted value as the analytics use and show it: in the indicator's unit multiplier (a value reported in
 * thousands is multiplied out), its bounds likewise, with the rest of its attributes.
 */
export function countedValue(row: AttributedValue, indicator: { unitMultiplier: number }): AttributedValue {
  return inIndicatorScale(row, indicator.unitMultiplier);
}
