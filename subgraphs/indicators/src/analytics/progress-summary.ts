import type { Indicator } from '../indicator.entity';

/** SDSN's rule: no overall score for a unit missing more than 20 % of its data. */
export const MIN_INDEX_COVERAGE = 0.8;

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
 * The scores of a city's progress in a period (method on `DeclarationProgress`): per initiative the mean
 * progress of its indicators with data, summed in catalogue order; the index is the mean of those scores when
 * coverage allows. `progressOf` gives an indicator's progress (by the indicator and its position in the catalogue),
 * null without a value or target.
 */
export function summariseProgress(period: string, catalogue: readonly Indicator[], progressOf: (indicator: Indicator, position: number) => number | null): ProgressSummary {
  const tallies = new Map<string, { sum: number; withData: number; defined: number }>();
  catalogue.forEach((indicator, position) => {
    let tally = tallies.get(indicator.initiativeId);
    if (!tally) tallies.set(indicator.initiativeId, (tally = { sum: 0, withData: 0, defined: 0 }));
    tally.defined += 1;
    const progress = progressOf(indicator, position);
    if (progress !== null) {
      tally.sum += progress;
      tally.withData += 1;
    }
  });
  const initiatives = [...tallies.entries()]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([initiativeId, { sum, withData, defined }]) => ({
      initiativeId,
      score: withData === 0 ? null : sum / withData,
      indicatorsWithData: withData,
      indicatorsDefined: defined,
      coverage: withData / defined,
    }));
  let withData = 0;
  let defined = 0;
  let scoreSum = 0;
  let scored = 0;
  for (const initiative of initiatives) {
    withData += initiative.indicatorsWithData;
    defined += initiative.indicatorsDefined;
    if (initiative.score !== null) {
      scoreSum += initiative.score;
      scored += 1;
    }
  }
  const coverage = defined === 0 ? 0 : withData / defined;
  const enough = coverage >= MIN_INDEX_COVERAGE;
  return {
    index: enough && scored > 0 ? scoreSum / scored : null,
    indexMissingReason: enough
      ? null
      : `Only ${withData} of ${defined} indicators have a value and a target for ${period} (${Math.round(coverage * 100)} %); the index needs at least ${MIN_INDEX_COVERAGE * 100} %.`,
    coverage,
    initiatives,
  };
}
