/**
 * The most items each list of the API can hold. Every list field carries its bound in the schema as
 * `@listSize` (the federation cost spec): the gateway multiplies by it to estimate an answer's worst-case
 * size before running anything. Paginated lists are bounded by their `first` argument instead.
 */
export const LIST_SIZE = {
  /** Cities the platform can hold: every prefecture-level city of China fits. */
  cities: 400,
  /** `City.peers`: closest in population first. */
  peers: 8,
  /** Indicators in the catalogue, and so targets of a city and indicators of a list. */
  catalogue: 250,
  initiatives: 10,
  frameworks: 10,
  frameworkElements: 50,
  conferenceTasks: 20,
  /** Framework references of one indicator. */
  indicatorFrameworks: 10,
  /** Initiatives, indicators, outcomes and sources of one case (its input allows 10 of each). */
  perCase: 10,
  /** Periods of one series: 30 years of quarters. */
  seriesPoints: 120,
  /** Items of one submission. */
  submissionItems: 5000,
  /** Cities, indicators and periods of one comparison. */
  comparisonCities: 300,
  comparisonIndicators: 50,
  comparisonPeriods: 20,
  /** Dimensions of the breakdown registry (SEX, AGE, URBANISATION, DISTRICT and room for more). */
  dimensions: 20,
  /** Codes of one dimension: the county-level divisions of every enrolled city fit. */
  dimensionCodes: 3000,
  /** Parts of one breakdown: one per dimension of its indicator, which declares at most 4. */
  breakdownParts: 4,
  /** Entries of `breakdowns`: (breakdown, city) pairs of one indicator. */
  breakdowns: 2000,
  /** Entries of `availability`: (city, indicator, breakdown) triples of one period. */
  availability: 5000,
} as const;

/** `@listSize(assumedSize: n)`: a list that never holds more than `n` items. */
export const boundedList = (size: number) => `@listSize(assumedSize: ${size}, requireOneSlicingArgument: false)`;

/** `@listSize` of a connection: its `nodes` hold at most the `first` argument's items. */
export const pagedList = (defaultSize: number) => `@listSize(assumedSize: ${defaultSize}, slicingArguments: ["first"], sizedFields: ["nodes"], requireOneSlicingArgument: false)`;
