import type { IndicatorsContext } from '../context';
import { Direction } from '../indicator.enums';
import type { DeclarationIndex } from './analytics.types';
import { progressOfEnrolledCities } from './city-progress';
import { competitionRanks } from './statistics';

export async function buildDeclarationIndex(context: IndicatorsContext, period: string): Promise<DeclarationIndex> {
  const progress = await progressOfEnrolledCities(context, period);
  const scored = progress.filter((city) => city.index !== null);
  const ranks = competitionRanks(scored.map((city) => city.index as number), Direction.HIGHER_IS_BETTER);
  const rankOf = new Map(scored.map((city, index) => [city.city.id, ranks[index]]));
  const entries = progress
    .map((city) => ({ rank: rankOf.get(city.city.id) ?? null, city: city.city, index: city.index, coverage: city.coverage, indexMissingReason: city.indexMissingReason }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.city.id.localeCompare(b.city.id));
  return { period, entries };
}
