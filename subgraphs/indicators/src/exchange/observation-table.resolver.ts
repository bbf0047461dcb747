import { Arg, Args, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import { pagedList } from '@ugf/runtime';
import type { IndicatorsContext } from '../context';
import { IncludeSampleArg } from '../analytics/include-sample';
import { ObservationConnection, ObservationPageArgs, OBSERVATION_PAGE } from '../observation-connection';
import { PeriodScalar } from '../period.scalar';
import { observationTable, TABLE_LIMITS } from './observation-table';
import { AsOfArg, checkAsOf } from '../as-of/as-of-arg';

@Resolver()
export class ObservationTableResolver {
  @Query(() => ObservationConnection, {
    description: `The current values of up to ${TABLE_LIMITS.indicators} indicators, or of every one, the totals and every breakdown, for exchange (the SDMX-CSV export and the bulk download read them): ordered by city, indicator, period and breakdown, a page at a time; a page deep in the list costs what the first does. Rejected values are left out; sample values too unless asked for. Unknown indicators or cities are BAD_USER_INPUT.`,
  })
  @Directive(pagedList(OBSERVATION_PAGE.defaultSize))
  async observations(
    @Ctx() { db, loaders }: IndicatorsContext,
    @Args() { first, after }: ObservationPageArgs,
    @IncludeSampleArg() includeSample: boolean,
    @Arg('cityIds', () => [ID], { nullable: true, description: 'The cities; default every enrolled city.' }) cityIds?: string[] | null,
    @Arg('periods', () => [PeriodScalar], { nullable: true, description: `Up to ${TABLE_LIMITS.periods} periods; default every period.` }) periods?: string[] | null,
    @AsOfArg() asOf?: Date | null,
    @Arg('indicatorCodes', () => [ID], { nullable: true, description: `Up to ${TABLE_LIMITS.indicators} indicators; default every indicator.` }) indicatorCodes?: string[] | null,
  ): Promise<ObservationConnection> {
    const query = { indicatorCodes: indicatorCodes ?? null, cityIds: cityIds ?? null, periods: periods ?? null, first, after, asOf: checkAsOf(asOf) };
    return observationTable(db, query, await loaders.enrolledCities.load('all'), { includeSample });
  }
}
