import { Arg, Ctx, Directive, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { IndicatorsContext } from '../context';
import { City, cityRef, Initiative } from '../federated-stubs';
import { IndicatorKind } from '../indicator.enums';
import { DeclarationProgress, InitiativeProgressAcrossCities, PeerComparison, PerCapitaValue, Series } from './analytics.types';
import { comparePeers } from './peer-comparison';
import { PeriodScalar } from '../period.scalar';
import { progressOf, progressSummariesOfEnrolledCities } from './city-progress';
import { buildSeries } from './series';
import { AsOfArg, checkAsOf } from '../as-of/as-of-arg';
import { mean, rankByScore } from './statistics';
import { countedValue, countsInAnalytics, targetCounts } from './counted-values';
import { IncludeSampleArg } from './include-sample';
import { breakdownFilter } from '../dimensions/breakdown-filter';
import { TOTAL_KEY } from '../dimensions/breakdown-key';
import { DimensionCodeInput } from '../dimensions/dimension.types';
import { dimensionRegistry } from '../dimensions/registry';

@Resolver(() => City)
export class CityAnalyticsResolver {
  @FieldResolver(() => Series, {
    nullable: true,
    description:
      "The city's time series for one indicator with its trend class (method on `Series`); null for an unknown indicator. With a breakdown, the series of that breakdown, without baseline and target (they are set on totals).",
  })
  async series(
    @Root() city: City,
    @Arg('indicatorCode', () => ID) indicatorCode: string,
    @Ctx() { loaders }: IndicatorsContext,
    @IncludeSampleArg() includeSample: boolean,
    @Arg('breakdown', () => [DimensionCodeInput], { nullable: true, description: 'The breakdown; the total when not given.' }) breakdown?: DimensionCodeInput[] | null,
    @AsOfArg() asOf?: Date | null,
  ): Promise<Series | null> {
    const key = breakdownFilter(breakdown, dimensionRegistry(), indicatorCode);
    const instant = checkAsOf(asOf);
    const [indicator, observations, targets] = await Promise.all([
      loaders.indicator.load(indicatorCode),
      loaders.observationsByCity.load({ cityId: city.id, indicatorCode, breakdown: key, asOf: instant }),
      loaders.progress.targetsByCity.load({ cityId: city.id, asOf: instant }),
    ]);
    if (!indicator) return null;
    const target = key === TOTAL_KEY ? targets.find((row) => row.indicatorCode === indicatorCode && targetCounts(row, { includeSample })) : undefined;
    return buildSeries(indicator, observations, target, { includeSample });
  }

  @Directive('@requires(fields: "population")')
  @FieldResolver(() => PerCapitaValue, {
    nullable: true,
    description:
      'For a COUNT indicator: the value per 100,000 residents, using the population the cities subgraph holds (passed in by the gateway). Null for other kinds of indicator, or without a value.',
  })
  async perCapita(
    @Root() city: City,
    @Arg('indicatorCode', () => ID) indicatorCode: string,
    @Arg('period', () => PeriodScalar) period: string,
    @Ctx() { loaders }: IndicatorsContext,
    @IncludeSampleArg() includeSample: boolean,
    @AsOfArg() asOf?: Date | null,
  ): Promise<PerCapitaValue | null> {
    const [indicator, [row]] = await Promise.all([loaders.indicator.load(indicatorCode), loaders.observationsByCity.load({ cityId: city.id, indicatorCode, period, asOf: checkAsOf(asOf) })]);
    if (!indicator || indicator.kind !== IndicatorKind.COUNT || !row || !countsInAnalytics(row, { includeSample }) || !city.population) return null;
    const { value } = countedValue(row, indicator);
    return { period, value, population: city.population, valuePer100k: (value / city.population) * 100_000, unit: `${indicator.unit} per 100,000 residents`, includesSample: includeSample };
  }

  @Directive('@requires(fields: "peers { id }")')
  @FieldResolver(() => PeerComparison, { nullable: true, description: 'The city against its peers (`City.peers`) on one indicator and period; null for an unknown indicator.' })
  peerComparison(
    @Root() city: City,
    @Arg('indicatorCode', () => ID) indicatorCode: string,
    @Arg('period', () => PeriodScalar) period: string,
    @Ctx() context: IndicatorsContext,
    @IncludeSampleArg() includeSample: boolean,
    @AsOfArg() asOf?: Date | null,
  ): Promise<PeerComparison | null> {
    return comparePeers(context, city, indicatorCode, period, { includeSample }, checkAsOf(asOf));
  }

  @FieldResolver(() => DeclarationProgress, { nullable: true, description: "The city's progress toward the declaration in a period, per initiative and overall (method on `DeclarationProgress`)." })
  progress(
    @Root() city: City,
    @Arg('period', () => PeriodScalar) period: string,
    @Ctx() context: IndicatorsContext,
    @IncludeSampleArg() includeSample: boolean,
    @AsOfArg() asOf?: Date | null,
  ): Promise<DeclarationProgress> {
    return progressOf(context, city.id, period, { includeSample }, checkAsOf(asOf));
  }
}

@Resolver(() => Initiative)
export class InitiativeAnalyticsResolver {
  @FieldResolver(() => InitiativeProgressAcrossCities, { nullable: true, description: 'Progress on this initiative across every enrolled city in a period.' })
  async progress(
    @Root() initiative: Initiative,
    @Arg('period', () => PeriodScalar) period: string,
    @Ctx() context: IndicatorsContext,
    @IncludeSampleArg() includeSample: boolean,
    @AsOfArg() asOf?: Date | null,
  ): Promise<InitiativeProgressAcrossCities> {
    const cities = (await progressSummariesOfEnrolledCities(context, period, { includeSample }, checkAsOf(asOf))).map(({ cityId, summary }) => {
      const entry = summary.initiatives.find((item) => item.initiativeId === initiative.id);
      return { city: cityRef(cityId), score: entry?.score ?? null, coverage: entry?.coverage ?? 0 };
    });
    const scores = cities.filter((city) => city.score !== null).map((city) => city.score as number);
    return { period, meanScore: mean(scores), cities: rankByScore(cities), includesSample: includeSample };
  }
}
