import { ObservationStatus } from '../indicator.enums';
import { TOTAL_KEY } from '../dimensions/breakdown-key';
import { type AttributedValue, inIndicatorScale, toIndicatorScale } from '../attributes/indicator-scale';

/** What the caller asked the analytics to count besides published values: synthetic sample values or not. */
export interface Counting {
  includeSample: boolean;
}

/** Every value that is not rejected, sample values included: what a listing of breakdowns shows exists. */
export const EVERY_VALUE: Counting = { includeSample: true };

/**
 * Which values the analytics count (rankings, comparisons, series, progress, peers, per-capita values, case
 * impact): every value but a rejected one, and no sample value unless the caller asks for them, of one
 * breakdown at a time (the total unless a breakdown is asked for; the rows an analytic reads are selected by
 * breakdown, so breakdowns are never mixed). The one place this rule is written, in memory and in SQL, with
 * the scale the analytics count values in (`countedValue`).
 */
export function countsInAnalytics(row: { status: ObservationStatus; sample: boolean }, counting: Counting): boolean {
  return row.status !== ObservationStatus.REJECTED && (counting.includeSample || !row.sample);
}

/** Whether progress and trends measure against a target: a sample target only when sample values are asked for. */
export function targetCounts(target: { sample: boolean }, counting: Counting): boolean {
  return counting.includeSample || !target.sample;
}

/** A sample value the rule left out only because the caller did not ask for sample values. */
export function leftOutAsSample(row: { status: ObservationStatus; sample: boolean }, counting: Counting): boolean {
  return row.sample && row.status !== ObservationStatus.REJECTED && !counting.includeSample;
}

/** The breakdown part of the rule as a SQL condition: one breakdown (the total by default), or every breakdown for null. */
export function breakdownInSql(alias: string, breakdown: string | null = TOTAL_KEY): { condition: string; parameters: Record<string, unknown> } {
  return breakdown === null ? { condition: '1 = 1', parameters: {} } : { condition: `${alias}.breakdown = :countedBreakdown`, parameters: { countedBreakdown: breakdown } };
}

/**
 * The same rule as a SQL condition on the observation alias, with its parameters, for a query builder's
 * `where`: values of `breakdown` (the total by default; null for every breakdown, as `breakdowns` lists them).
 */
export function countedInSql(alias: string, counting: Counting, breakdown: string | null = TOTAL_KEY): { condition: string; parameters: Record<string, unknown> } {
  const conditions = [`${alias}.status <> :notCounted`];
  // A literal, not a parameter: SQLite's driver binds no booleans, and the column holds 0 or 1 on both databases.
  if (!counting.includeSample) conditions.push(`${alias}.sample = 0`);
  const byBreakdown = breakdownInSql(alias, breakdown);
  if (breakdown !== null) conditions.push(byBreakdown.condition);
  return { condition: conditions.join(' AND '), parameters: { notCounted: ObservationStatus.REJECTED, ...byBreakdown.parameters } };
}

/**
 * A counted value as the analytics use and show it: in the indicator's unit multiplier (a value reported in
 * thousands is multiplied out), its bounds likewise, with the rest of its attributes.
 */
export function countedValue(row: AttributedValue, indicator: { unitMultiplier: number }): AttributedValue {
  return inIndicatorScale(row, indicator.unitMultiplier);
}

/** A value without its attributes (given its own unit multiplier, null for the indicator's) in the same scale as countedValue. */
export function countedNumber(value: number, valueMultiplier: number | null, indicator: { unitMultiplier: number }): number {
  return toIndicatorScale(value, valueMultiplier, indicator.unitMultiplier);
}
