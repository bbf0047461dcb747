import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { badUserInput } from '@ugf/runtime';
import type { IndicatorsContext } from '../context';
import { PeriodScalar } from '../period.scalar';
import { Comparison, DeclarationIndex, Ranking } from './analytics.types';
import { buildComparison } from './comparison';
import { asksForCells } from './comparison-forms';
import { buildDeclarationIndex } from './declaration-index';
import { buildRanking, requireEnrolled } from './ranking';
import { breakdownFilter, describeBreakdown } from '../dimensions/breakdown-filter';
import { DimensionCodeInput } from '../dimensions/dimension.types';
import { dimensionRegistry } from '../dimensions/registry';
import { IncludeSampleArg } from './include-sample';
import { AsOfArg, checkAsOf } from '../as-of/as-of-arg';

@Resolver()
export class AnalyticsResolver {
  @Query(() => Ranking, {
    nullable: true,
    description:
      'Cities ranked on one indicator for one period (default: every enrolled city; unknown city ids are BAD_USER_INPUT). Null for an unknown indicator. See `Ranking` and `RankingEntry.score` for the method.',
  })
  async ranking(
    @Arg('indicatorCode', () => ID) indicatorCode: string,
    @Arg('period', () => PeriodScalar) period: string,
    @Arg('cityIds', () => [ID], { nullable: true, description: 'The cities to rank; default every enrolled city.' }) cityIds: string[] | null,
    @Ctx() { db, loaders }: IndicatorsContext,
    @IncludeSampleArg() includeSample: boolean,
    @Arg('breakdown', () => [DimensionCodeInput], { nullable: true, description: 'Rank the values of this breakdown (e.g. SEX F); the totals when not given.' })
    breakdown?: DimensionCodeInput[] | null,
    @AsOfArg() asOf?: Date | null,
  ): Promise<Ranking | null> {
    const instant = checkAsOf(asOf);
    const enrolled = await loaders.enrolledCities.load('all');
    if (cityIds) requireEnrolled(cityIds, enrolled);
    const registry = dimensionRegistry();
    const key = breakdownFilter(breakdown, registry, indicatorCode);
    const ranking = await buildRanking(db, indicatorCode, period, cityIds ?? enrolled, key, { includeSample }, instant);
    return ranking && { ...ranking, breakdown: describeBreakdown(key, registry) };
  }

  @Query(() => Comparison, {
    description:
      'A matrix of up to 300 cities × 50 indicators × 20 periods, as flat cells with value, min–max score (per indicator and period, inverted for lower-is-better), status, or missing. Unknown indicators or cities are BAD_USER_INPUT.',
  })
  async comparison(
    @Arg('cityIds', () => [ID]) cityIds: string[],
    @Arg('periods', () => [PeriodScalar]) periods: string[],
    @Ctx() { db, loaders }: IndicatorsContext,
    @Info() info: GraphQLResolveInfo,
    @IncludeSampleArg() includeSample: boolean,
    @Arg('indicatorCodes', () => [ID], { nullable: true, description: 'The indicators to compare; or give frameworkElementId.' }) indicatorCodes?: string[] | null,
    @Arg('frameworkElementId', () => ID, { nullable: true, description: 'Compare the indicators of a framework element (e.g. `CCWC_2025:5`) instead of listing them.' })
    frameworkElementId?: string | null,
    @Arg('breakdown', () => [DimensionCodeInput], { nullable: true, description: 'Compare the values of this breakdown; every indicator must have its dimensions. The totals when not given.' })
    breakdown?: DimensionCodeInput[] | null,
    @AsOfArg() asOf?: Date | null,
  ): Promise<Comparison> {
    const instant = checkAsOf(asOf);
    if ((indicatorCodes == null) === (frameworkElementId == null)) {
      throw badUserInput('Give either indicatorCodes or frameworkElementId.', { argument: 'indicatorCodes' });
    }
    const codes = indicatorCodes ?? (await loaders.elementIndicatorCodes.load(frameworkElementId as string));
    if (codes.length === 0) throw badUserInput(`No indicators serve the framework element "${frameworkElementId}".`, { argument: 'frameworkElementId' });
    const registry = dimensionRegistry();
    // The key does not depend on the indicator; each indicator must have the breakdown's dimensions.
    const [key] = codes.map((code) => breakdownFilter(breakdown, registry, code));
    return buildComparison(db, cityIds, codes, periods, await loaders.enrolledCities.load('all'), key, { includeSample }, { asOf: instant, cells: asksForCells(info) });
  }

  @Query(() => DeclarationIndex, {
    description:
      'Every enrolled city ranked on its overall declaration index for a period, each with its coverage; cities missing more than 20 % of indicator values get no index (null, with the reason) and come last.',
  })
  declarationIndex(
    @Arg('period', () => PeriodScalar) period: string,
    @Ctx() context: IndicatorsContext,
    @IncludeSampleArg() includeSample: boolean,
    @AsOfArg() asOf?: Date | null,
  ): Promise<DeclarationIndex> {
    return buildDeclarationIndex(context, period, { includeSample }, checkAsOf(asOf));
  }
}
