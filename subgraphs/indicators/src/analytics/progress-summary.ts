import type { Indicator } from '../indicator.entity';

/** SDSN's rule: no overall score for a unit missing more than 20 % of its data. */
export const MIN_INDEX_COVERAGE = 0.8;

/** What progress needs of each catalogue entry. */
export type CatalogueEntry = Pick<Indicator, 'code' | 'initiativeId' | 'unitMultiplier'>;

/** Per initiative: the sum of its indicators' progress, summed in catalogue order, and how many had one. */
export type ProgressTallies = ReadonlyMap<string, { sum: number; withData: number }>;

export interface InitiativeSummary {
  initiativeId: string;
  score: number | null;
  indicatorsWithData: number;
  indicatorsDefined: number;
  coverage: number;
}

export interface ProgressSummary {
  index: number | null;
  indexMissingReason: string | null;
  coverage: number;
  /** In initiative order. */
  initiatives: InitiativeSummary[];
}

/**
 * The tallies of a city's progress in a period: `progressOf` gives an indicator's progress (by the indicator
 * and its position in the catalogue), null without a value or target. Only initiatives with data have one.
 */
export function tallyProgress<E extends CatalogueEntry>(catalogue: readonly E[], progressOf: (indicator: E, position: number) => number | null): ProgressTallies {
  const tallies = new Map<string, { sum: number; withData: number }>();
  catalogue.forEach((indicator, position) => {
    const progress = progressOf(indicator, position);
    if (progress === null) return;
    let tally = tallies.get(indicator.initiativeId);
    if (!tally) tallies.set(indicator.initiativeId, (tally = { sum: 0, withData: 0 }));
    tally.sum += progress;
    tally.withData += 1;
  });
  return tallies;
}

/** Each initiative's number of indicators, in initiative order, counted once per catalogue: the request's loader gives every city the same array. */
const definedByCatalogue = new WeakMap<readonly CatalogueEntry[], [string, number][]>();

function definedIn(catalogue: readonly CatalogueEntry[]): [string, number][] {
  let defined = definedByCatalogue.get(catalogue);
  if (!defined) {
    const counts = new Map<string, number>();
    for (const indicator of catalogue) counts.set(indicator.initiativeId, (counts.get(indicator.initiativeId) ?? 0) + 1);
    definedByCatalogue.set(catalogue, (defined = [...counts.entries()].sort(([a], [b]) => Number(a) - Number(b))));
  }
  return defined;
}

/**
 * The scores of a city's progress in a period from its tallies (method on `DeclarationProgress`): per
 * initiative the mean progress of its indicators with data; the index is the mean of those scores when
 * coverage allows. The same figures whether the tallies were just computed or kept by the write path.
 */
export function summaryOfTallies(period: string, catalogue: readonly CatalogueEntry[], tallies: ProgressTallies): ProgressSummary {
  const initiatives = definedIn(catalogue).map(([initiativeId, indicatorsDefined]) => {
    const { sum, withData } = tallies.get(initiativeId) ?? { sum: 0, withData: 0 };
    return { initiativeId, score: withData === 0 ? null : sum / withData, indicatorsWithData: withData, indicatorsDefined, coverage: withData / indicatorsDefined };
  });
  let withData = 0;
  let definedCount = 0;
  let scoreSum = 0;
  let scored = 0;
  for (const initiative of initiatives) {
    withData += initiative.indicatorsWithData;
    definedCount += initiative.indicatorsDefined;
    if (initiative.score !== null) {
      scoreSum += initiative.score;
      scored += 1;
    }
  }
  const coverage = definedCount === 0 ? 0 : withData / definedCount;
  const enough = coverage >= MIN_INDEX_COVERAGE;
  return {
    index: enough && scored > 0 ? scoreSum / scored : null,
    indexMissingReason: enough
      ? null
      : `Only ${withData} of ${definedCount} indicators have a value and a target for ${period} (${Math.round(coverage * 100)} %); the index needs at least ${MIN_INDEX_COVERAGE * 100} %.`,
    coverage,
    initiatives,
  };
}

/** Both steps at once, from the catalogue and each indicator's progress. */
export function summariseProgress<E extends CatalogueEntry>(period: string, catalogue: readonly E[], progressOf: (indicator: E, position: number) => number | null): ProgressSummary {
  return summaryOfTallies(period, catalogue, tallyProgress(catalogue, progressOf));
}
