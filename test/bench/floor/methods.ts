/** The figures of docs/methods.md the workloads show, written from the method, not taken from the subgraphs. */

/** A value stated in 10^valueMultiplier units, in the indicator's multiplier, rounded as stored (6 decimals). */
export function inIndicatorScale(value: number, valueMultiplier: number | null, indicatorMultiplier: number): number {
  const factor = 10 ** ((valueMultiplier ?? indicatorMultiplier) - indicatorMultiplier);
  if (factor === 1) return value;
  const rounded = Number((value * factor).toFixed(6));
  return rounded === 0 ? 0 : rounded;
}

/** Standard competition ranks ("1224") of the values, in their order; `better(a, b) < 0` when a is better. */
export function competitionRanks(values: readonly number[], better: (a: number, b: number) => number): number[] {
  const sorted = [...values].sort(better);
  const firstAt = new Map<number, number>();
  sorted.forEach((value, index) => {
    if (!firstAt.has(value)) firstAt.set(value, index + 1);
  });
  return values.map((value) => firstAt.get(value)!);
}

export const higherFirst = (a: number, b: number) => b - a;
export const lowerFirst = (a: number, b: number) => a - b;

/** Min–max score 0–100 over the compared values, 100 the best; 100 for all when all are equal. */
export function minMaxScore(value: number, min: number, max: number, lowerIsBetter: boolean): number {
  if (max === min) return 100;
  const share = (value - min) / (max - min);
  return 100 * (lowerIsBetter ? 1 - share : share);
}
