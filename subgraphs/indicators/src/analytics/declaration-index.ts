import type { IndicatorsContext } from '../context';
import type { DeclarationIndex } from './analytics.types';
import { progressOfEnrolledCities } from './city-progress';
import { rankByScore } from './statistics';

export async function buildDeclarationIndex(context: IndicatorsContext, period: string): Promise<DeclarationIndex> {
  const progress = await progressOfEnrolledCities(context, period);
  const entries = rankByScore(progress.map((city) => ({ city: city.city, score: city.index, coverage: city.coverage, indexMissingReason: city.indexMissingReason })));
  return { period, entries: entries.map(({ score, ...entry }) => ({ ...entry, index: score })) };
}
