import { Direction } from '../indicator.enums';

/** A value with the interval it may lie in (lower ≤ upper); without bounds the interval is the value itself. */
export interface Interval {
  lower: number;
  upper: number;
}

export interface RankRange {
  best: number;
  worst: number;
  /** Another ranked interval overlaps this one, so the data cannot say which of the two is better. */
  statisticallyTied: boolean;
}

/** How many of the ascending `sorted` are below `x` (or equal to it, when `orEqual`). */
function countBelow(sorted: Float64Array, x: number, orEqual = false): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < x || (orEqual && sorted[middle] === x)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many of the ascending `sorted` are above `x`. */
const countAbove = (sorted: Float64Array, x: number): number => sorted.length - countBelow(sorted, x, true);

/**
 * The ranks each value could hold if every value lay anywhere within its interval: at best, it sits at the
 * good end of its interval and every other value at the bad end of its own; at worst, the reverse. For a
 * higher-is-better indicator, best = 1 + #{others with lower > this upper} and worst = 1 + #{others with
 * upper > this lower} (strict, so that without bounds both equal the competition rank, ties included).
 * Two values are statistically tied when their intervals share a point: the intervals that do not are
 * those wholly above or wholly below it. Each count is a binary search in the sorted bounds, so a
 * ranking of n cities costs O(n log n).
 */
export function rankRanges(intervals: readonly Interval[], direction: Direction): RankRange[] {
  const lowers = Float64Array.from(intervals, ({ lower }) => lower).sort();
  const uppers = Float64Array.from(intervals, ({ upper }) => upper).sort();
  const lowerIsBetter = direction === Direction.LOWER_IS_BETTER;
  return intervals.map(({ lower, upper }) => {
    const wide = lower < upper ? 1 : 0; // an interval with width counts itself among those it may lose to
    const surelyBetter = lowerIsBetter ? countBelow(uppers, lower) : countAbove(lowers, upper);
    const possiblyBetter = (lowerIsBetter ? countBelow(lowers, upper) : countAbove(uppers, lower)) - wide;
    const overlapping = intervals.length - countAbove(lowers, upper) - countBelow(uppers, lower) - 1;
    return { best: 1 + surelyBetter, worst: 1 + possiblyBetter, statisticallyTied: overlapping > 0 };
  });
}
