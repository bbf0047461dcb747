import { IncludesSampleField } from './include-sample';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Citation } from '../citation/citation';
import { boundedList, LIST_SIZE } from '@ugf/runtime';
import { City, Initiative } from '../federated-stubs';
import { Indicator } from '../indicator.entity';
import { ObservationStatus } from '../indicator.enums';
import { TrendClass } from './progress-method';
import { PeriodScalar } from '../period.scalar';
import { DimensionCode } from '../dimensions/dimension.types';
import { ValueAttributes } from '../attributes/value-attributes';

registerEnumType(TrendClass, {
  name: 'TrendClass',
  description: 'Open SDG progress class: observed growth rate since the baseline ÷ rate needed to reach the target.',
  valuesConfig: {
    ON_TRACK: { description: 'Ratio ≥ 95 %, or the target is already met.' },
    NEEDS_ACCELERATION: { description: 'Ratio from 60 % to 95 %.' },
    LIMITED_PROGRESS: { description: 'Ratio from 0 to 60 %.' },
    DETERIORATING: { description: 'Ratio below 0: moving away from the target.' },
    INSUFFICIENT_DATA: { description: 'Fewer than two values, no target, or a target equal to the baseline.' },
  },
});

@ObjectType({ description: 'Summary of a distribution of values. Quartiles interpolate linearly between order statistics (R type 7, Excel QUARTILE.INC).' })
export class DistributionStatistics {
  @Field(() => Int, { description: 'Number of values.' }) count: number;
  @Field(() => Float, { description: 'Smallest value.' }) min: number;
  @Field(() => Float, { description: 'Largest value.' }) max: number;
  @Field(() => Float, { description: 'Arithmetic mean.' }) mean: number;
  @Field(() => Float, { description: 'Median.' }) median: number;
  @Field(() => Float, { description: 'First quartile.' }) q1: number;
  @Field(() => Float, { description: 'Third quartile.' }) q3: number;
}

@ObjectType({
  description:
    "The ranks a city could hold if every ranked value lay anywhere within its bounds (a value without bounds counts as exact): best = 1 + the cities whose whole interval is better than this one's best end; worst = 1 + the cities whose interval reaches beyond this one's worst end. Without bounds anywhere, best = worst = rank.",
})
export class RankRange {
  @Field(() => Int, { description: 'The best rank the city could hold within the bounds.' }) best: number;
  @Field(() => Int, { description: 'The worst rank the city could hold within the bounds.' }) worst: number;
}

@ObjectType({ description: "One city's place in a ranking." })
export class RankingEntry {
  @Field(() => Int, { description: 'Standard competition rank: 1 is best; equal values share a rank and the next rank is skipped (1, 2, 2, 4).' })
  rank: number;

  @Field(() => City, { description: 'The city.' })
  city: City;

  @Field(() => Float, { description: "The city's current value for the period, in the indicator's unit and unit multiplier." })
  value: number;

  @Field(() => ValueAttributes, { description: "The value's attributes; bounds in the indicator's unit multiplier, like the value." })
  attributes: ValueAttributes;

  @Field(() => RankRange, { description: 'The range of ranks the city could hold within the bounds of the ranked values.' })
  rankRange: RankRange;

  @Field({ description: "True when this value's interval overlaps another ranked city's (equal values without bounds included): the data cannot tell the two apart." })
  statisticallyTied: boolean;

  @Field({ description: "The indicator's unit." })
  unit: string;

  @Field(() => ObservationStatus, { description: 'Review status of the value.' })
  status: ObservationStatus;

  @Field(() => Float, {
    description: 'Min–max score over the ranked cities: 100 × (value − min) / (max − min), inverted for lower-is-better indicators so 100 is always best; 100 for all when all values are equal.',
  })
  score: number;

  @Field({ description: 'Source of the value.' })
  source: string;

  @Field(() => Citation, { nullable: true, description: 'Where the value was published, with the sentence it comes from; null for a value with a free-text source only.' })
  citation: Citation | null;

  @Field({ description: 'True for a synthetic sample value (a demo), never a statistic of the city.' })
  sample: boolean;
}

@ObjectType({ description: 'Cities ranked on one indicator for one period. REJECTED values are left out.' })
export class Ranking {
  @Field(() => Indicator, { description: 'The indicator ranked.' }) indicator: Indicator;
  @Field(() => PeriodScalar, { description: 'The period ranked.' }) period: string;
  @Directive(boundedList(LIST_SIZE.breakdownParts)) @Field(() => [DimensionCode], { description: 'The breakdown ranked; empty for the totals.' }) breakdown: DimensionCode[];
  @Directive(boundedList(LIST_SIZE.cities)) @Field(() => [RankingEntry], { description: 'Cities with a value, best first; ties ordered by city id.' }) entries: RankingEntry[];
  @Directive(boundedList(LIST_SIZE.cities)) @Field(() => [City], { description: 'Cities asked for (or enrolled) that have no usable value for the period: listed, not dropped.' }) missing: City[];
  @Field(() => DistributionStatistics, { nullable: true, description: 'Statistics of the ranked values; null when no city has a value.' }) statistics: DistributionStatistics | null;
  @IncludesSampleField() includesSample: boolean;
  @Field(() => Int, { description: 'Sample values the answer left out (includeSample false): a city with only those is missing. 0 when they were counted.' }) sampleValuesLeftOut: number;
}

@ObjectType({ description: 'One cell of a comparison matrix, flat so that a dashboard can render it directly.' })
export class ComparisonCell {
  @Field(() => ID, { description: 'City id.' }) cityId: string;
  @Field(() => ID, { description: 'Indicator code.' }) indicatorCode: string;
  @Field(() => PeriodScalar, { description: 'Period.' }) period: string;
  @Field(() => Float, { nullable: true, description: "Current value, in the indicator's unit multiplier; null when missing." }) value: number | null;
  @Field(() => Float, { nullable: true, description: 'Min–max score 0–100 among the compared cities for this indicator and period (inverted for lower-is-better); null when missing.' }) score:
    number | null;
  @Field(() => ObservationStatus, { nullable: true, description: 'Review status; null when missing.' }) status: ObservationStatus | null;
  @Field(() => String, { nullable: true, description: 'Source of the value; null when missing.' }) source: string | null;
  @Field(() => Citation, { nullable: true, description: 'Where the value was published; null when missing or given with a free-text source only.' }) citation: Citation | null;
  @Field(() => Boolean, { nullable: true, description: 'True for a synthetic sample value (a demo); null when missing.' }) sample: boolean | null;
  @Field(() => ValueAttributes, { nullable: true, description: "The value's attributes, bounds in the indicator's unit multiplier; null when missing." }) attributes: ValueAttributes | null;
  @Field({ description: 'True when the city has no usable value (none, or REJECTED) for this indicator and period.' }) missing: boolean;
}

@ObjectType({
  description:
    'The matrix in the compact form of a JSON-stat 2.0 dataset: one array per measure, the cells in the order of `cells` (city by city, then indicator, then period; the index of city c, indicator i, period p is (c × size[1] + i) × size[2] + p). The same information as `cells` in a handful of fields.',
})
export class ComparisonMatrix {
  @Field(() => [String], { description: 'The dimensions, in the order the arrays run: `city`, `indicator`, `period`.' }) id: string[];
  @Field(() => [Int], { description: 'The number of cities, indicators and periods compared.' }) size: number[];
  @Field(() => [Float], { nullable: 'items', description: "Each cell's current value, in the indicator's unit multiplier; null where missing." }) value: (number | null)[];
  @Field(() => [Float], { nullable: 'items', description: "Each cell's min–max score 0–100, as ComparisonCell.score; null where missing." }) score: (number | null)[];
  @Field(() => [ObservationStatus], { nullable: 'items', description: "Each cell's review status; null where missing." }) status: (ObservationStatus | null)[];
}

@ObjectType({ description: 'A cities × indicators × periods matrix; cells come city by city, then indicator, then period, in the order asked.' })
export class Comparison {
  @Directive(boundedList(LIST_SIZE.comparisonCities)) @Field(() => [City], { description: 'The compared cities, in the order asked (resolve names here once, not per cell).' }) cities: City[];
  @Directive(boundedList(LIST_SIZE.comparisonIndicators)) @Field(() => [Indicator], { description: 'The compared indicators, in the order asked, with units and directions.' }) indicators: Indicator[];
  @Field(() => [PeriodScalar], { description: 'The compared periods, in the order asked.' }) periods: string[];
  @Field(() => [ComparisonCell], { description: 'One cell per city, indicator and period.' }) cells: ComparisonCell[];
  @Field(() => ComparisonMatrix, { description: 'The values, scores and statuses of `cells` as parallel arrays (JSON-stat): far smaller and faster for a large matrix.' }) matrix: ComparisonMatrix;
  @IncludesSampleField() includesSample: boolean;
  @Field(() => Int, { description: 'Sample values the answer left out (includeSample false): a city with only those is missing. 0 when they were counted.' }) sampleValuesLeftOut: number;
}

@ObjectType({ description: 'One point of a time series.' })
export class SeriesPoint {
  @Field(() => PeriodScalar, { description: 'Period.' }) period: string;
  @Field(() => Float, { description: "Current value, in the indicator's unit multiplier." }) value: number;
  @Field(() => ValueAttributes, { description: "The value's attributes (a series break says the points before it do not compare with it); bounds in the indicator's unit multiplier." })
  attributes: ValueAttributes;
  @Field(() => ObservationStatus, { description: 'Review status.' }) status: ObservationStatus;
  @Field({ description: 'Source of the value.' }) source: string;
  @Field(() => Citation, { nullable: true, description: 'Where the value was published; null for a value with a free-text source only.' }) citation: Citation | null;
  @Field({ description: 'True for a synthetic sample value (a demo).' }) sample: boolean;
  @Field(() => Float, { nullable: true, description: "value − the previous point's value; null for the first point." }) changeFromPrevious: number | null;
  @Field(() => Float, { nullable: true, description: 'value − the baseline value; null without a baseline.' }) changeFromBaseline: number | null;
}

@ObjectType({
  description:
    "A city's time series for one indicator (REJECTED values left out) with its trend by the Open SDG / Statistics Canada method: ratio = observed annual growth rate from the baseline to the latest value ÷ annual rate needed from the baseline to reach the 2030 target. Rates are compound (CAGR = (to/from)^(1/years) − 1), or linear (change per year) when a value is zero or negative. Classes: ratio ≥ 0.95 ON_TRACK (also when the target is already met), 0.60–0.95 NEEDS_ACCELERATION, 0–0.60 LIMITED_PROGRESS, < 0 DETERIORATING; INSUFFICIENT_DATA with fewer than two values or no target.",
})
export class Series {
  @Field(() => Indicator, { description: 'The indicator.' }) indicator: Indicator;
  @Directive(boundedList(LIST_SIZE.seriesPoints)) @Field(() => [SeriesPoint], { description: 'Points in period order.' }) points: SeriesPoint[];
  @Field(() => PeriodScalar, { nullable: true, description: 'Baseline period of the target, when there is one.' }) baselinePeriod: string | null;
  @Field(() => Float, { nullable: true, description: 'Baseline value.' }) baselineValue: number | null;
  @Field(() => PeriodScalar, { nullable: true, description: 'Target period.' }) targetPeriod: string | null;
  @Field(() => Float, { nullable: true, description: 'Target value.' }) targetValue: number | null;
  @Field(() => Float, { nullable: true, description: 'Observed annual growth rate from the baseline to the latest value (a fraction: 0.05 = 5 % a year; linear rates are in units per year).' })
  observedRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Annual growth rate needed from the baseline to reach the target.' }) requiredRate: number | null;
  @Field({ description: '`CAGR` or `LINEAR`: which rates were compared.' }) rateKind: string;
  @Field(() => Float, { nullable: true, description: 'observedRate ÷ requiredRate.' }) trendRatio: number | null;
  @Field(() => TrendClass, { description: 'The progress class.' }) trend: TrendClass;
  @IncludesSampleField() includesSample: boolean;
}

@ObjectType({ description: "One indicator's progress toward its target: (value − baseline) / (target − baseline), clamped to [0, 1]." })
export class IndicatorProgress {
  @Field(() => Indicator, { description: 'The indicator.' }) indicator: Indicator;
  @Field(() => Float, { nullable: true, description: 'Value in the period (REJECTED values left out); null when missing.' }) value: number | null;
  @Field(() => Float, { nullable: true, description: 'Baseline value; null without a target.' }) baselineValue: number | null;
  @Field(() => Float, { nullable: true, description: 'Target value; null without a target.' }) targetValue: number | null;
  @Field(() => Float, { nullable: true, description: 'Progress 0–1; null when the value or the target is missing.' }) progress: number | null;
}

@ObjectType({ description: "An initiative's progress in one city: the mean progress of its indicators that have data, and how many do." })
export class InitiativeProgress {
  @Field(() => Initiative, { description: 'The initiative.' }) initiative: Initiative;
  @Field(() => Float, { nullable: true, description: 'Mean progress (0–1) of the indicators with data; null when none has.' }) score: number | null;
  @Field(() => Int, { description: 'Indicators with a value and a target.' }) indicatorsWithData: number;
  @Field(() => Int, { description: 'Indicators defined for the initiative.' }) indicatorsDefined: number;
  @Field(() => Float, { description: 'indicatorsWithData ÷ indicatorsDefined.' }) coverage: number;
  @Directive(boundedList(LIST_SIZE.catalogue)) @Field(() => [IndicatorProgress], { description: 'Per indicator.' }) indicators: IndicatorProgress[];
}

@ObjectType({
  description:
    "A city's progress toward the declaration in one period. index = mean of the initiative scores (SDSN SDG Index style: means within, then across initiatives); it is null, with the reason, when more than 20 % of the indicator values are missing, so a city with little data is not mistaken for a leader.",
})
export class DeclarationProgress {
  @Field(() => City, { description: 'The city.' }) city: City;
  @Field(() => PeriodScalar, { description: 'The period.' }) period: string;
  @Field(() => Float, { nullable: true, description: 'Overall index 0–1; null when coverage is below 80 %.' }) index: number | null;
  @Field(() => String, { nullable: true, description: 'Why the index is null.' }) indexMissingReason: string | null;
  @Field(() => Float, { description: 'Indicators with data ÷ indicators defined, over all initiatives.' }) coverage: number;
  @Directive(boundedList(LIST_SIZE.initiatives)) @Field(() => [InitiativeProgress], { description: 'Per initiative, in order.' }) initiatives: InitiativeProgress[];
  @IncludesSampleField() includesSample: boolean;
}

@ObjectType({ description: 'A city in the declaration index ranking.' })
export class DeclarationIndexEntry {
  @Field(() => Int, { nullable: true, description: 'Competition rank on the index (1 best); null without an index.' }) rank: number | null;
  @Field(() => City, { description: 'The city.' }) city: City;
  @Field(() => Float, { nullable: true, description: 'Overall index 0–1.' }) index: number | null;
  @Field(() => Float, { description: 'Share of indicator values available.' }) coverage: number;
  @Field(() => String, { nullable: true, description: 'Why the city has no index.' }) indexMissingReason: string | null;
}

@ObjectType({ description: "One city's score on one initiative." })
export class CityInitiativeScore {
  @Field(() => City, { description: 'The city.' }) city: City;
  @Field(() => Float, { nullable: true, description: "Mean progress (0–1) of the initiative's indicators with data." }) score: number | null;
  @Field(() => Float, { description: "Share of the initiative's indicators with data." }) coverage: number;
}

@ObjectType({ description: 'Progress on one initiative across all enrolled cities.' })
export class InitiativeProgressAcrossCities {
  @Field(() => PeriodScalar, { description: 'The period.' }) period: string;
  @Field(() => Float, { nullable: true, description: 'Mean of the city scores that exist.' }) meanScore: number | null;
  @Directive(boundedList(LIST_SIZE.cities)) @Field(() => [CityInitiativeScore], { description: 'Per city, best first; cities without a score last.' }) cities: CityInitiativeScore[];
  @IncludesSampleField() includesSample: boolean;
}

@ObjectType({ description: 'Cities ranked on the overall declaration index of one period.' })
export class DeclarationIndex {
  @Field(() => PeriodScalar, { description: 'The period.' }) period: string;
  @Directive(boundedList(LIST_SIZE.cities)) @Field(() => [DeclarationIndexEntry], { description: 'Cities with an index, best first, then cities without one.' }) entries: DeclarationIndexEntry[];
  @IncludesSampleField() includesSample: boolean;
}

@ObjectType({ description: 'A count expressed per 100,000 residents: value ÷ resident population × 100,000, with the population from the cities subgraph.' })
export class PerCapitaValue {
  @Field(() => PeriodScalar, { description: 'The period.' }) period: string;
  @Field(() => Float, { description: 'Value per 100,000 residents.' }) valuePer100k: number;
  @Field(() => Float, { description: 'The reported count.' }) value: number;
  @Field(() => Int, { description: 'Resident population used as the denominator.' }) population: number;
  @Field({ description: 'Unit of `valuePer100k`.' }) unit: string;
  @IncludesSampleField() includesSample: boolean;
}

@ObjectType({ description: "A city's value against its peers' (the peers are `City.peers`, from the cities subgraph). REJECTED values are left out." })
export class PeerComparison {
  @Field(() => PeriodScalar, { description: 'The period.' }) period: string;
  @Field(() => Indicator, { description: 'The indicator.' }) indicator: Indicator;
  @Field(() => Float, { nullable: true, description: "The city's value; null when missing." }) value: number | null;
  @Field(() => Int, { description: 'Peers with a value.' }) peersWithData: number;
  @Field(() => Float, { nullable: true, description: "Median of the peers' values." }) peerMedian: number | null;
  @Field(() => Float, { nullable: true, description: 'Percentile of the city among its peers, 0–100, direction-adjusted: the share of peers it does better than, counting ties as half.' }) percentile:
    number | null;
  @Field(() => City, { nullable: true, description: 'The peer with the best value.' }) bestPeer: City | null;
  @Field(() => Float, { nullable: true, description: "The best peer's value." }) bestPeerValue: number | null;
  @IncludesSampleField() includesSample: boolean;
}

@ObjectType({ description: "How one indicator moved in the case's city from the case year to the latest period, against the city's peers over the same years." })
export class CaseImpact {
  @Field(() => Indicator, { description: 'The indicator the case aims to move.' }) indicator: Indicator;
  @Field(() => PeriodScalar, { description: 'The case year, as a period.' }) fromPeriod: string;
  @Field(() => PeriodScalar, { nullable: true, description: 'The latest period with a value for the city; null without data.' }) toPeriod: string | null;
  @Field(() => Float, { nullable: true, description: "The city's value in the case year." }) valueAtStart: number | null;
  @Field(() => Float, { nullable: true, description: "The city's value in the latest period." }) valueLatest: number | null;
  @Field(() => Float, { nullable: true, description: 'valueLatest − valueAtStart.' }) change: number | null;
  @Field(() => Float, { nullable: true, description: "Median of the peers' changes over the same two periods." }) peerMedianChange: number | null;
  @Field(() => Int, { description: 'Peers with values in both periods.' }) peersWithData: number;
  @Field(() => Boolean, { nullable: true, description: "True when the city's change beats the peer median in the indicator's good direction; null without both." }) betterThanPeers: boolean | null;
}
