import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { IndicatorsContext } from './context';
import { City } from './federated-stubs';
import { Observation } from './observation.entity';
import { requirePeriod } from './period';
import { Target } from './target.entity';

@Resolver(() => City)
export class CityIndicatorsResolver {
  @FieldResolver(() => [Observation], {
    nullable: true,
    description: "The city's current observations ordered by indicator and period; optionally one indicator and/or one period. Null (with an error) only when the indicators service is unavailable.",
  })
  observations(
    @Root() city: City,
    @Ctx() { loaders }: IndicatorsContext,
    @Arg('indicatorCode', () => ID, { nullable: true }) indicatorCode?: string | null,
    @Arg('period', () => String, { nullable: true, description: '`2024` or `2024-Q3`.' }) period?: string | null,
  ): Promise<Observation[]> {
    if (period != null) requirePeriod(period);
    return loaders.observationsByCity.load({
      cityId: city.id,
      indicatorCode: indicatorCode ?? undefined,
      period: period ?? undefined,
    });
  }

  @FieldResolver(() => [Target], { nullable: true, description: "The city's baselines and 2030 targets; optionally for one indicator. Null (with an error) only when the indicators service is unavailable." })
  async targets(
    @Root() city: City,
    @Ctx() { loaders }: IndicatorsContext,
    @Arg('indicatorCode', () => ID, { nullable: true }) indicatorCode?: string | null,
  ): Promise<Target[]> {
    const targets = await loaders.targetsByCity.load(city.id);
    return indicatorCode == null ? targets : targets.filter((target) => target.indicatorCode === indicatorCode);
  }
}
