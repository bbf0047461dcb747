import type { IndicatorsContext } from '../context';
import type { DeclarationProgress } from './analytics.types';
import { computeProgress, summariseCityProgress } from './progress';
import { type ProgressSummary, type ProgressTallies, summaryOfTallies } from './progress-summary';
import { type Counting, targetCounts } from './counted-values';

const NO_DATA: ProgressTallies = new Map();

/**
 * A city's progress inputs, through the request's loaders: asked for many cities at once, they still cost
 * one query for the catalogue, one for the values of the period and one for the targets (lean rows, see
 * progress-inputs). With `asOf`, the values and targets are those current at that instant.
 */
async function inputsOf({ loaders }: IndicatorsContext, cityId: string, period: string, counting: Counting, asOf: Date | null) {
  const [catalogue, values, targets] = await Promise.all([
    loaders.catalogue.load('all'),
    loaders.progress.valuesByCityPeriod.load({ cityId, period, asOf, ...counting }),
    loaders.progress.targetsByCity.load({ cityId, asOf }),
  ]);
  return [catalogue, values, targets.filter((target) => targetCounts(target, counting))] as const;
}

/** One city's progress, with every indicator's entry. */
export async function progressOf(context: IndicatorsContext, cityId: string, period: string, counting: Counting, asOf: Date | null): Promise<DeclarationProgress> {
  const [catalogue, observations, targets] = await inputsOf(context, cityId, period, counting, asOf);
  return { ...computeProgress(cityId, period, catalogue, observations, targets), includesSample: counting.includeSample };
}

/** `each` for every enrolled city, in parallel so that the loaders batch their queries. */
async function forEnrolledCities<T>(context: IndicatorsContext, each: (cityId: string) => Promise<T>): Promise<T[]> {
  return Promise.all((await context.loaders.enrolledCities.load('all')).map(each));
}

export function progressOfEnrolledCities(context: IndicatorsContext, period: string, counting: Counting, asOf: Date | null): Promise<DeclarationProgress[]> {
  return forEnrolledCities(context, (cityId) => progressOf(context, cityId, period, counting, asOf));
}

/**
 * Every enrolled city's scores only (the same figures as `progressOf`), for rankings over all cities: now, from
 * the tallies the write path keeps (a row per city and initiative); as of an earlier instant, computed.
 */
export async function progressSummariesOfEnrolledCities(context: IndicatorsContext, period: string, counting: Counting, asOf: Date | null): Promise<{ cityId: string; summary: ProgressSummary }[]> {
  if (asOf === null) {
    const { loaders } = context;
    const [catalogue, cityIds, kept] = await Promise.all([loaders.catalogue.load('all'), loaders.enrolledCities.load('all'), loaders.keptScores.load({ period, ...counting })]);
    return cityIds.map((cityId) => ({ cityId, summary: summaryOfTallies(period, catalogue, kept.get(cityId) ?? NO_DATA) }));
  }
  return forEnrolledCities(context, async (cityId) => {
    const [catalogue, observations, targets] = await inputsOf(context, cityId, period, counting, asOf);
    return { cityId, summary: summariseCityProgress(period, catalogue, observations, targets) };
  });
}
