import type { IndicatorsContext } from '../context';
import type { DeclarationProgress } from './analytics.types';
import { computeProgress, summariseCityProgress } from './progress';
import type { ProgressSummary } from './progress-summary';

/**
 * A city's progress inputs, through the request's loaders: asked for many cities at once, they still cost
 * one query for the catalogue, one for the values of the period and one for the targets (lean rows, see
 * progress-inputs).
 */
async function inputsOf({ loaders }: IndicatorsContext, cityId: string, period: string) {
  return Promise.all([loaders.catalogue.load('all'), loaders.progress.valuesByCityPeriod.load({ cityId, period }), loaders.progress.targetsByCity.load(cityId)]);
}

/** One city's progress, with every indicator's entry. */
export async function progressOf(context: IndicatorsContext, cityId: string, period: string): Promise<DeclarationProgress> {
  const [catalogue, observations, targets] = await inputsOf(context, cityId, period);
  return computeProgress(cityId, period, catalogue, observations, targets);
}

/** `each` for every enrolled city, in parallel so that the loaders batch their queries. */
async function forEnrolledCities<T>(context: IndicatorsContext, each: (cityId: string) => Promise<T>): Promise<T[]> {
  return Promise.all((await context.loaders.enrolledCities.load('all')).map(each));
}

export function progressOfEnrolledCities(context: IndicatorsContext, period: string): Promise<DeclarationProgress[]> {
  return forEnrolledCities(context, (cityId) => progressOf(context, cityId, period));
}

/** Every enrolled city's scores only (the same figures as `progressOf`), for rankings over all cities. */
export function progressSummariesOfEnrolledCities(context: IndicatorsContext, period: string): Promise<{ cityId: string; summary: ProgressSummary }[]> {
  return forEnrolledCities(context, async (cityId) => {
    const [catalogue, observations, targets] = await inputsOf(context, cityId, period);
    return { cityId, summary: summariseCityProgress(period, catalogue, observations, targets) };
  });
}
