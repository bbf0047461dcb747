import { Arg, Args, Ctx, Directive, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { AsOfArg, checkAsOf } from './as-of/as-of-arg';
import { badUserInput, boundedList, LIST_SIZE, pagedList, pageOf } from '@ugf/runtime';
import { breakdownFilter } from './dimensions/breakdown-filter';
import { DimensionCodeInput } from './dimensions/dimension.types';
import { dimensionRegistry } from './dimensions/registry';
import type { IndicatorsContext } from './context';
import { City } from './federated-stubs';
import { OBSERVATION_PAGE, ObservationConnection, ObservationPageArgs } from './observation-connection';
import { PeriodScalar } from './period.scalar';
import { Target } from './target.entity';

@Resolver(() => City)
export class CityIndicatorsResolver {
  @FieldResolver(() => ObservationConnection, {
    nullable: true,
    description:
      "The city's current observations ordered by indicator and period, a page at a time; optionally one indicator and/or one period; the totals unless a breakdown is given. Null (with an error) only when the indicators service is unavailable.",
  })
  @Directive(pagedList(OBSERVATION_PAGE.defaultSize))
  async observations(
    @Root() city: City,
    @Ctx() { loaders }: IndicatorsContext,
    @Args() { first, after }: ObservationPageArgs,
    @Arg('indicatorCode', () => ID, { nullable: true }) indicatorCode?: string | null,
    @Arg('period', () => PeriodScalar, { nullable: true }) period?: string | null,
    @Arg('breakdown', () => [DimensionCodeInput], { nullable: true, description: 'Values of this breakdown (needs indicatorCode); the totals when not given.' })
    breakdown?: DimensionCodeInput[] | null,
    @AsOfArg() asOf?: Date | null,
  ): Promise<ObservationConnection> {
    if (breakdown?.length && indicatorCode == null) throw badUserInput('A breakdown needs an indicatorCode: each indicator has its own dimensions.', { argument: 'breakdown' });
    const observations = await loaders.observationsByCity.load({
      cityId: city.id,
      indicatorCode: indicatorCode ?? undefined,
      period: period ?? undefined,
      breakdown: indicatorCode == null ? undefined : breakdownFilter(breakdown, dimensionRegistry(), indicatorCode),
      asOf: checkAsOf(asOf),
    });
    return pageOf(observations, first, after, OBSERVATION_PAGE);
  }

  @Directive(boundedList(LIST_SIZE.catalogue))
  @FieldResolver(() => [Target], {
    nullable: true,
    description: "The city's baselines and 2030 targets; optionally for one indicator. Null (with an error) only when the indicators service is unavailable.",
  })
  async targets(@Root() city: City, @Ctx() { loaders }: IndicatorsContext, @Arg('indicatorCode', () => ID, { nullable: true }) indicatorCode?: string | null): Promise<Target[]> {
    const targets = await loaders.targetsByCity.load(city.id);
    return indicatorCode == null ? targets : targets.filter((target) => target.indicatorCode === indicatorCode);
  }
}
