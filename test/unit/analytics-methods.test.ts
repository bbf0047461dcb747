import fc from 'fast-check';
import { cagr, competitionRanks, Direction, distribution, minMaxScore, progressTowardTarget, rankRanges, trendOf, TrendClass } from '@ugf/indicators';

describe('distribution statistics', () => {
  it('computes count, min, max, mean, median and interpolated quartiles', () => {
    // Sorted: 1 2 4 7 10. Median = 4; Q1 at position 1 = 2; Q3 at position 3 = 7; mean = 24 / 5.
    expect(distribution([10, 1, 7, 2, 4])).toEqual({ count: 5, min: 1, max: 10, mean: 4.8, median: 4, q1: 2, q3: 7 });
    // Sorted: 1 2 3 4. Median between 2 and 3; Q1 at position 0.75 = 1.75; Q3 at position 2.25 = 3.25.
    expect(distribution([4, 3, 2, 1])).toEqual({ count: 4, min: 1, max: 4, mean: 2.5, median: 2.5, q1: 1.75, q3: 3.25 });
    expect(distribution([])).toBeNull();
  });
});

describe('ranks and scores', () => {
  it('gives tied values the same rank and skips the ranks they take ("1224")', () => {
    expect(competitionRanks([90, 95, 90, 80], Direction.HIGHER_IS_BETTER)).toEqual([2, 1, 2, 4]);
    expect(competitionRanks([30, 20, 20, 50], Direction.LOWER_IS_BETTER)).toEqual([3, 1, 1, 4]);
  });

  it('gives rank ranges equal to the competition ranks when no value has bounds, ties tied', () => {
    const exact = (...values: number[]) => values.map((value) => ({ lower: value, upper: value }));
    expect(rankRanges(exact(90, 95, 90, 80), Direction.HIGHER_IS_BETTER)).toEqual([
      { best: 2, worst: 2, statisticallyTied: true },
      { best: 1, worst: 1, statisticallyTied: false },
      { best: 2, worst: 2, statisticallyTied: true },
      { best: 4, worst: 4, statisticallyTied: false },
    ]);
    expect(rankRanges(exact(30, 20, 20, 50), Direction.LOWER_IS_BETTER).map(({ best, worst }) => [best, worst])).toEqual([
      [3, 3],
      [1, 1],
      [1, 1],
      [4, 4],
    ]);
  });

  it('widens the rank range by the intervals that overlap, and ties intervals that touch', () => {
    // [10, 20] overlaps [15, 25]: either may be second. [20, 20] touches [10, 20] at 20: it may share first place or be second.
    expect(
      rankRanges(
        [
          { lower: 10, upper: 20 },
          { lower: 15, upper: 25 },
          { lower: 30, upper: 30 },
        ],
        Direction.HIGHER_IS_BETTER,
      ),
    ).toEqual([
      { best: 2, worst: 3, statisticallyTied: true },
      { best: 2, worst: 3, statisticallyTied: true },
      { best: 1, worst: 1, statisticallyTied: false },
    ]);
    expect(
      rankRanges(
        [
          { lower: 10, upper: 20 },
          { lower: 20, upper: 20 },
        ],
        Direction.LOWER_IS_BETTER,
      ),
    ).toEqual([
      { best: 1, worst: 1, statisticallyTied: true },
      { best: 1, worst: 2, statisticallyTied: true },
    ]);
  });

  it('gives, for any intervals, the ranges of the pairwise definition (each other interval compared with this one)', () => {
    const pairwise = (intervals: { lower: number; upper: number }[], direction: Direction) => {
      const beats = direction === Direction.LOWER_IS_BETTER ? (a: number, b: number) => a < b : (a: number, b: number) => a > b;
      const good = (interval: { lower: number; upper: number }) => (direction === Direction.LOWER_IS_BETTER ? interval.lower : interval.upper);
      const bad = (interval: { lower: number; upper: number }) => (direction === Direction.LOWER_IS_BETTER ? interval.upper : interval.lower);
      return intervals.map((own, index) => {
        const others = intervals.filter((_, otherIndex) => otherIndex !== index);
        return {
          best: 1 + others.filter((other) => beats(bad(other), good(own))).length,
          worst: 1 + others.filter((other) => beats(good(other), bad(own))).length,
          statisticallyTied: others.some((other) => Math.max(own.lower, other.lower) <= Math.min(own.upper, other.upper)),
        };
      });
    };
    // Small integers, so that equal values, shared ends and point intervals are common.
    const interval = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 4 })).map(([lower, width]) => ({ lower, upper: lower + width }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 40 }), fc.constantFrom(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER), (intervals, direction) => {
        expect(rankRanges(intervals, direction)).toEqual(pairwise(intervals, direction));
      }),
      { numRuns: 500 },
    );
  });

  it('scores min–max on 0–100, inverted for lower-is-better, 100 for all when all are equal', () => {
    expect(minMaxScore(75, 50, 100, Direction.HIGHER_IS_BETTER)).toBe(50);
    expect(minMaxScore(60, 50, 100, Direction.LOWER_IS_BETTER)).toBe(80);
    expect(minMaxScore(50, 50, 100, Direction.LOWER_IS_BETTER)).toBe(100);
    expect(minMaxScore(7, 7, 7, Direction.HIGHER_IS_BETTER)).toBe(100);
  });
});

describe('progress toward a target', () => {
  it('is (value − baseline) / (target − baseline), clamped to [0, 1]', () => {
    expect(progressTowardTarget(70, 60, 80)).toBe(0.5);
    expect(progressTowardTarget(45, 50, 30)).toBe(0.25);
    expect(progressTowardTarget(90, 60, 80)).toBe(1);
    expect(progressTowardTarget(55, 60, 80)).toBe(0);
    expect(progressTowardTarget(55, 60, 60)).toBeNull();
  });
});

describe('trend classes by the Open SDG method', () => {
  const up = (latest: number) => trendOf({ baseline: { year: 2019, value: 100 }, latest: { year: 2024, value: latest }, target: { year: 2030, value: 200 }, direction: Direction.HIGHER_IS_BETTER });

  it('compares the observed CAGR with the CAGR needed to reach the target', () => {
    // Needed: 2^(1/11) − 1 = 6.504 % a year. Observed 100 → 140 over 5 years: 1.4^(1/5) − 1 = 6.961 %.
    expect(cagr(100, 140, 5)).toBeCloseTo(0.06961, 5);
    expect(up(140)).toMatchObject({ trend: TrendClass.ON_TRACK, rateKind: 'CAGR' });
    expect(up(140).ratio).toBeCloseTo(0.06961 / 0.06504, 3);
  });

  it('classes each ratio band: ≥ 95 % on track, 60–95 % needs acceleration, 0–60 % limited, < 0 deteriorating', () => {
    // 1.25^(1/5) − 1 = 4.564 % → ratio 0.70; 1.1^(1/5) − 1 = 1.924 % → 0.30; 0.9^(1/5) − 1 < 0.
    expect(up(125).trend).toBe(TrendClass.NEEDS_ACCELERATION);
    expect(up(110).trend).toBe(TrendClass.LIMITED_PROGRESS);
    expect(up(90).trend).toBe(TrendClass.DETERIORATING);
  });

  it('is direction-adjusted: falling is progress for a lower-is-better indicator', () => {
    const down = (latest: number) => trendOf({ baseline: { year: 2019, value: 50 }, latest: { year: 2024, value: latest }, target: { year: 2030, value: 25 }, direction: Direction.LOWER_IS_BETTER });
    expect(down(36).trend).toBe(TrendClass.ON_TRACK);
    expect(down(55).trend).toBe(TrendClass.DETERIORATING);
  });

  it('uses linear rates when a value is zero, and calls a met target on track', () => {
    const zero = trendOf({ baseline: { year: 2019, value: 0.4 }, latest: { year: 2023, value: 0 }, target: { year: 2030, value: 0.1 }, direction: Direction.LOWER_IS_BETTER });
    expect(zero).toMatchObject({ trend: TrendClass.ON_TRACK, rateKind: 'LINEAR' });
  });

  it('has insufficient data without time elapsed or with a target equal to the baseline', () => {
    expect(up(100).trend).not.toBe(TrendClass.INSUFFICIENT_DATA);
    expect(trendOf({ baseline: { year: 2024, value: 1 }, latest: { year: 2024, value: 2 }, target: { year: 2030, value: 3 }, direction: Direction.HIGHER_IS_BETTER }).trend).toBe(
      TrendClass.INSUFFICIENT_DATA,
    );
    expect(trendOf({ baseline: { year: 2019, value: 1 }, latest: { year: 2024, value: 2 }, target: { year: 2030, value: 1 }, direction: Direction.HIGHER_IS_BETTER }).trend).toBe(
      TrendClass.INSUFFICIENT_DATA,
    );
  });
});
