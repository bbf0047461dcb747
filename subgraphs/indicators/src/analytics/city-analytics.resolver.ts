import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { IndicatorsContext } from '../context';
import { City, Initiative } from '../federated-stubs';
import { DeclarationProgress, InitiativeProgressAcrossCities, Series } from './analytics.types';
import { progressOf, progressOfEnrolledCities } from './city-progress';
import { buildSeries } from './series';

@Resolver(() => City)
export class CityAnalyticsResolver {
  @FieldResolver(() => Series, { nullable: true, description: "The city's time series for one indicator with its trend class (method on `Series`); null for an unknown indicator." })
  async series(@Root() city: City, @Arg('indicatorCode', () => ID) indicatorCode: string, @Ctx() { loaders }: IndicatorsContext): Promise<Series | null> {
    const [indicator, observations, targets] = await Promise.all([
      loaders.indicator.load(indicatorCode),
      loaders.observationsByCity.load({ cityId: city.id, indicatorCode }),
      loaders.targetsByCity.load(city.id),
    ]);
    if (!indicator) return null;
    return buildSeries(indicator, observations, targets.find((target) => target.indicatorCode === indicatorCode));
  }

  @FieldResolver(() => DeclarationProgress, { nullable: true, description: "The city's progress toward the declaration in a period, per initiative and overall (method on `DeclarationProgress`)." })
  progress(@Root() city: City, @Arg('period', { description: '`2024` or `2024-Q3`.' }) period: string, @Ctx() context: IndicatorsContext): Promise<DeclarationProgress> {
    return progressOf(context, city.id, period);
  }
}

@Resolver(() => Initiative)
export class InitiativeAnalyticsResolver {
  @FieldResolver(() => InitiativeProgressAcrossCities, { nullable: true, description: 'Progress on this initiative across every enrolled city in a period.' })
  async progress(@Root() initiative: Initiative, @Arg('period', { description: '`2024` or `2024-Q3`.' }) period: string, @Ctx() context: IndicatorsContext): Promise<InitiativeProgressAcrossCities> {
    const cities = (await progressOfEnrolledCities(context, period)).map((city) => {
      const entry = city.initiatives.find((item) => item.initiative.id === initiative.id);
      return { city: city.city, score: entry?.score ?? null, coverage: entry?.coverage ?? 0 };
    });
    cities.sort((a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity) || a.city.id.localeCompare(b.city.id));
    const scores = cities.filter((city) => city.score !== null).map((city) => city.score as number);
    return { period, meanScore: scores.length ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null, cities };
  }
}
