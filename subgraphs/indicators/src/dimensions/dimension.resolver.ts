import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, boundedList, LIST_SIZE } from '@ugf/runtime';
import type { IndicatorsContext } from '../context';
import { cityRef } from '../federated-stubs';
import { Indicator } from '../indicator.entity';
import { Observation } from '../observation.entity';
import { requireEnrolled } from '../analytics/ranking';
import { BreakdownAvailability, Dimension, DimensionCode } from './dimension.types';
import { describeBreakdown, dimensionCodeOf } from './breakdown-filter';
import { listBreakdowns } from './list-breakdowns';
import { IncludeSampleArg } from '../analytics/include-sample';
import { type DimensionEntry, dimensionRegistry, TOTAL_CODE } from './registry';

const dimensionOf = (entry: DimensionEntry): Dimension => ({ id: entry.id, label: entry.label, labelZh: entry.labelZh, totalCode: TOTAL_CODE, codes: entry.codes.map(dimensionCodeOf) });

@Resolver()
export class DimensionResolver {
  @Directive(boundedList(LIST_SIZE.dimensions))
  @Query(() => [Dimension], { description: 'The registry of breakdown dimensions with their code lists.' })
  dimensions(): Dimension[] {
    return dimensionRegistry().dimensions.map(dimensionOf);
  }

  @Directive(boundedList(LIST_SIZE.breakdowns))
  @Query(() => [BreakdownAvailability], {
    description: `Which breakdowns of an indicator have values, for which cities and periods (the total included, as an empty breakdown); ordered by breakdown, then city. At most ${LIST_SIZE.breakdowns} entries: narrow by cityIds when there are more (BAD_USER_INPUT says so). Empty for an unknown indicator.`,
  })
  async breakdowns(
    @Arg('indicatorCode', () => ID) indicatorCode: string,
    @Ctx() { db, loaders }: IndicatorsContext,
    @IncludeSampleArg() includeSample: boolean,
    @Arg('cityIds', () => [ID], { nullable: true, description: 'Only these cities; default every enrolled city.' }) cityIds?: string[] | null,
  ): Promise<BreakdownAvailability[]> {
    const enrolled = await loaders.enrolledCities.load('all');
    if (cityIds) requireEnrolled(cityIds, enrolled);
    const rows = await listBreakdowns(db, indicatorCode, cityIds ?? enrolled, { includeSample });
    if (rows.length > LIST_SIZE.breakdowns)
      throw badUserInput(`${indicatorCode} has more than ${LIST_SIZE.breakdowns} breakdowns across these cities; ask for fewer cityIds.`, { argument: 'cityIds' });
    const registry = dimensionRegistry();
    return rows.map((row) => ({ breakdown: describeBreakdown(row.breakdown, registry), city: cityRef(row.cityId), periods: row.periods }));
  }
}

@Resolver(() => Indicator)
export class IndicatorDimensionsResolver {
  @Directive(boundedList(LIST_SIZE.dimensions))
  @FieldResolver(() => [Dimension], { description: 'The dimensions values of this indicator may be broken down by; empty when it has totals only.' })
  dimensions(@Root() indicator: Indicator): Dimension[] {
    const registry = dimensionRegistry();
    return registry.indicatorDimensions(indicator.code).map((id) => dimensionOf(registry.dimension(id)!));
  }
}

@Resolver(() => Observation)
export class ObservationBreakdownResolver {
  @Directive(boundedList(LIST_SIZE.breakdownParts))
  @FieldResolver(() => [DimensionCode], { description: 'What part of the population or territory the value is for; empty for the total.' })
  breakdown(@Root() observation: Observation): DimensionCode[] {
    return describeBreakdown(observation.breakdown, dimensionRegistry());
  }
}
