import { Direction } from '../indicator.enums';

/** A value with the interval it may lie in; without bounds the interval is the value itself. */
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

/**
 * The ranks each value could hold if every value lay anywhere within its interval: at best, it sits at the
 * good end of its interval and every other value at the bad end of its own; at worst, the reverse. For a
 * higher-is-better indicator, best = 1 + #{others with lower > this upper} and worst = 1 + #{others with
 * upper > this lower} (strict, so that without bounds both equal the competition rank, ties included).
 * Two values are statistically tied when their intervals share a point. O(n²) over at most 1,000 cities.
 */
export function rankRanges(intervals: readonly Interval[], direction: Direction): RankRange[] {
  const beats = direction === Direction.LOWER_IS_BETTER ? (a: number, b: number) => a < b : (a: number, b: number) => a > b;
  return intervals.map((own, index) => {
    const [ownBest, ownWorst] = direction === Direction.LOWER_IS_BETTER ? [own.lower, own.upper] : [own.upper, own.lower];
    let surelyBetter = 0;
    let possiblyBetter = 0;
    let statisticallyTied = false;
    intervals.forEach((other, otherIndex) => {
      if (otherIndex === index) return;
      const [otherBest, otherWorst] = direction === Direction.LOWER_IS_BETTER ? [other.lower, other.upper] : [other.upper, other.lower];
      if (beats(otherWorst, ownBest)) surelyBetter += 1;
      if (beats(otherBest, ownWorst)) possiblyBetter += 1;
      if (Math.max(own.lower, other.lower) <= Math.min(own.upper, other.upper)) statisticallyTied = true;
    });
    return { best: 1 + surelyBetter, worst: 1 + possiblyBetter, statisticallyTied };
  });
}
