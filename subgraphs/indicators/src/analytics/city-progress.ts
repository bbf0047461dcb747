import type { IndicatorsContext } from '../context';
import type { DeclarationProgress } from './analytics.types';
import { computeProgress } from './progress';
import { requirePeriod } from '../period';

/**
 * One city's progress, through the request's loaders: asked for many cities at once, it still costs one
 * query for the catalogue, one for the values of the period and one for the targets (lean rows, see progress-inputs).
 */
export async function progressOf({ loaders }: IndicatorsContext, cityId: string, period: string): Promise<DeclarationProgress> {
  requirePeriod(period);
  const [catalogue, observations, targets] = await Promise.all([
    loaders.catalogue.load('all'),
    loaders.progress.valuesByCityPeriod.load(`${cityId}|${period}`),
    loaders.progress.targetsByCity.load(cityId),
  ]);
  return computeProgress(cityId, period, catalogue, observations, targets);
}

export async function progressOfEnrolledCities(context: IndicatorsContext, period: string): Promise<DeclarationProgress[]> {
  requirePeriod(period);
  const cityIds = await context.loaders.enrolledCities.load('all');
  return Promise.all(cityIds.map((cityId) => progressOf(context, cityId, period)));
}
