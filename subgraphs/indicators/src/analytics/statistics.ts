import { Direction } from '../indicator.enums';

export interface Distribution {
  count: number;
  min: number;
  max: number;
  mean: number;
  median: number;
  /** First and third quartiles, by linear interpolation between order statistics (R type 7, Excel QUARTILE.INC). */
  q1: number;
  q3: number;
}

/** The value at quantile `p` of sorted values, interpolating linearly between neighbours. */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const fraction = position - lower;
  return lower + 1 < sorted.length ? sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]) : sorted[lower];
}

export function distribution(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  };
}

/**
 * Min–max normalisation to 0–100 over the compared values, inverted for lower-is-better indicators so
 * that 100 is always the best. When all values are equal every city scores 100.
 */
export function minMaxScore(value: number, min: number, max: number, direction: Direction): number {
  if (max === min) return 100;
  const share = (value - min) / (max - min);
  return 100 * (direction === Direction.LOWER_IS_BETTER ? 1 - share : share);
}

/**
 * Standard competition ranking ("1224"): the best value ranks 1 and equal values share a rank. Returns
 * the rank of each input in input order.
 */
export function competitionRanks(values: readonly number[], direction: Direction): number[] {
  const better = (a: number, b: number) => (direction === Direction.LOWER_IS_BETTER ? a - b : b - a);
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => better(a.value, b.value));
  const ranks = new Array<number>(values.length);
  order.forEach((entry, position) => {
    ranks[entry.index] = position > 0 && order[position - 1].value === entry.value ? ranks[order[position - 1].index] : position + 1;
  });
  return ranks;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Cities ranked on a score where higher is better (competition ranks), best first, then the cities
 * without a score (rank null), each group by city id.
 */
export function rankByScore<T extends { city: { id: string }; score: number | null }>(items: readonly T[]): (T & { rank: number | null })[] {
  const scored = items.filter((item) => item.score !== null);
  const ranks = competitionRanks(
    scored.map((item) => item.score as number),
    Direction.HIGHER_IS_BETTER,
  );
  const rankOf = new Map(scored.map((item, index) => [item, ranks[index]]));
  return items.map((item) => ({ ...item, rank: rankOf.get(item) ?? null })).sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.city.id.localeCompare(b.city.id));
}
