import { ObservationStatus } from '../indicator.enums';

/**
 * Which values the analytics count (rankings, comparisons, series, progress, peers, per-capita values, case
 * impact): every value but a rejected one. The one place this rule is written, in memory and in SQL.
 */
export function countsInAnalytics(row: { status: ObservationStatus }): boolean {
  return row.status !== ObservationStatus.REJECTED;
}

/** The same rule as a SQL condition on the observation alias, with its parameters, for a query builder's `where`. */
export function countedInSql(alias: string): { condition: string; parameters: Record<string, unknown> } {
  return { condition: `${alias}.status <> :notCounted`, parameters: { notCounted: ObservationStatus.REJECTED } };
}
