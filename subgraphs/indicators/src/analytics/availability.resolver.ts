import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import { badUserInput, boundedList, LIST_SIZE } from '@ugf/runtime';
import type { IndicatorsContext } from '../context';
import { describeBreakdown } from '../dimensions/breakdown-filter';
import { dimensionRegistry } from '../dimensions/registry';
import { PeriodScalar } from '../period.scalar';
import { AvailabilityEntry } from './availability.types';
import { listAvailability } from './availability';
import { IncludeSampleArg } from './include-sample';
import { requireEnrolled } from './ranking';

@Resolver()
export class AvailabilityResolver {
  @Directive(boundedList(LIST_SIZE.availability))
  @Query(() => [AvailabilityEntry], {
    description: `Which indicators and breakdowns each city has values for in one period (the total as an empty breakdown): what a coverage grid needs, in one request; ordered by city, indicator and breakdown. At most ${LIST_SIZE.availability} entries: narrow by cityIds when there are more (BAD_USER_INPUT says so).`,
  })
  async availability(
    @Arg('period', () => PeriodScalar) period: string,
    @Ctx() { db, loaders }: IndicatorsContext,
    @IncludeSampleArg() includeSample: boolean,
    @Arg('cityIds', () => [ID], { nullable: true, description: 'Only these cities; default every enrolled city.' }) cityIds?: string[] | null,
  ): Promise<AvailabilityEntry[]> {
    const enrolled = await loaders.enrolledCities.load('all');
    if (cityIds) requireEnrolled(cityIds, enrolled);
    const rows = await listAvailability(db, period, cityIds ?? enrolled, LIST_SIZE.availability + 1, { includeSample });
    if (rows.length > LIST_SIZE.availability)
      throw badUserInput(`More than ${LIST_SIZE.availability} values are available for ${period} across these cities; ask for fewer cityIds.`, { argument: 'cityIds' });
    const registry = dimensionRegistry();
    return rows.map((row) => ({ cityId: row.cityId, indicatorCode: row.indicatorCode, breakdown: describeBreakdown(row.breakdown, registry) }));
  }
}
