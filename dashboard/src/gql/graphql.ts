/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Administrative level of the city in the Chinese system. */
export type AdminLevel =
  /** Municipality directly under the central government (直辖市). */
  | 'MUNICIPALITY'
  /** State-level new area (国家级新区) such as Xiong'an. */
  | 'NATIONAL_NEW_AREA'
  /** Other prefecture-level city (地级市). */
  | 'PREFECTURE_LEVEL_CITY'
  /** Capital of a province or autonomous region that is not sub-provincial (省会). */
  | 'PROVINCIAL_CAPITAL'
  /** Sub-provincial city (副省级城市); may also be a provincial capital. */
  | 'SUB_PROVINCIAL_CITY';

/** Where the value was published. Stored with the revision, beside the free-text `source`. */
export type CitationInput = {
  /** REPORTED when absent. */
  derivation?: Derivation | null | undefined;
  /** One day count for DAYS_SHARE, two figures for RATIO; none for REPORTED. */
  derivationInputs?: Array<number> | null | undefined;
  /** YYYY-MM-DD, YYYY-MM or YYYY; a real date, not in the future. */
  publishedOn: string;
  /** The body that published the figure (1–255 characters). */
  publisher: string;
  /** The sentence the figure comes from (1–500 characters). */
  quote: string;
  /** The unit as the source writes it (up to 64 characters). */
  sourceUnit?: string | null | undefined;
  /** The document or article (1–500 characters). */
  title: string;
  /** The page the figure was read on: an http or https URL of up to 2,000 characters. */
  url: string;
};

/** How a value was obtained from the figures its source states. */
export type Derivation =
  /** The source states a day count: the value is 100 × days ÷ the days of the year (derivationInputs: the count). */
  | 'DAYS_SHARE'
  /** A ratio of two quoted figures, a ÷ b (derivationInputs: a and b). */
  | 'RATIO'
  /** The quoted sentence states the value. */
  | 'REPORTED';

/** One part of a breakdown: a dimension and one of its codes (`_T`, the total, is the same as leaving the dimension out). */
export type DimensionCodeInput = {
  /** A code of the dimension's code list (`Query.dimensions`), e.g. `F` or the GB/T 2260 code `440305`. */
  code: string;
  /** Dimension id: `SEX`, `AGE`, `URBANISATION`, `DISTRICT`. */
  dimension: string | number;
};

/** Which way is better for an indicator; normalised scores are inverted for LOWER_IS_BETTER. */
export type Direction =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** What sort of number an indicator is; it fixes the valid range and whether per-capita figures make sense. */
export type IndicatorKind =
  /** A mean of a measured quantity (minutes, days, µg/m³). */
  | 'AVERAGE'
  /** An absolute number; divide by population to compare cities. */
  | 'COUNT'
  /** A composite score from 0 to 100. */
  | 'INDEX'
  /** A share from 0 to 100. */
  | 'PERCENT'
  /** A ratio to a population or other base, stated in the unit (e.g. per 100,000 residents). */
  | 'RATE'
  /** A ratio of two quantities of the same kind (e.g. urban–rural income ratio). */
  | 'RATIO';

/** One city's value of one indicator for one period, the total or one breakdown. */
export type ObservationInput = {
  /** Nature, interval, unit multiplier, series break and footnotes of the value; all optional. Changing any of them is a correction. */
  attributes?: ValueAttributesInput | null | undefined;
  /** What part of the population or territory the value is for, in the indicator's dimensions (`Indicator.dimensions`); a DISTRICT code must be one of the city's. Empty or absent for the total. */
  breakdown?: Array<DimensionCodeInput> | null | undefined;
  /** Where the value was published, with the sentence it comes from: publisher, title, URL, date, quote and how the value follows from it. Stored with the revision; like `source`, changing only the citation is not a correction. */
  citation?: CitationInput | null | undefined;
  /** City id; a city editor may only submit for their own city. */
  cityId: string | number;
  /** For a correction: the revision the correction is based on. When the current revision differs, the batch is refused with CONFLICT instead of overwriting a change you have not seen. */
  expectedRevision?: number | null | undefined;
  /** Indicator code. */
  indicatorCode: string | number;
  /** Why the value is submitted; required when the item corrects an existing value (up to 2,000 characters). Footnotes to the value itself go in `attributes.footnotes`. */
  note?: string | null | undefined;
  /** `2024` for annual indicators, `2024-Q3` for quarterly ones; not in the future. A String rather than a `Period`: a malformed period is refused with the item's index, in the same list as every other problem of the batch. */
  period: string;
  /** Organisation and dataset the value comes from (1–500 characters). */
  source: string;
  /** The value in the indicator's unit (times 10^attributes.unitMultiplier when that is given), inside its valid range. */
  value: number;
};

/** Review state of an observation: new values are PROVISIONAL until a verifier marks them VERIFIED or REJECTED. */
export type ObservationStatus =
  | 'PROVISIONAL'
  | 'REJECTED'
  | 'VERIFIED';

/** How often an indicator is reported: ANNUAL periods are written `2024`, QUARTERLY periods `2024-Q3`. */
export type Periodicity =
  | 'ANNUAL'
  | 'QUARTERLY';

/** The National Bureau of Statistics' four economic regions of mainland China. */
export type Region =
  | 'CENTRAL'
  | 'EASTERN'
  | 'NORTHEASTERN'
  | 'WESTERN';

/** A verifier's decision on an observation's current value. */
export type ReviewDecision =
  | 'REJECTED'
  | 'VERIFIED';

/** What a submitted item did. */
export type SubmissionOutcome =
  /** A different value or different attributes for an existing observation: a new revision became current; nothing was deleted. */
  | 'CORRECTED'
  /** A new observation, PROVISIONAL, revision 1. */
  | 'CREATED'
  /** The same value and attributes as the current ones: nothing was written. */
  | 'UNCHANGED';

/** A batch of 1 to 5,000 values, applied all together or not at all. */
export type SubmitObservationsInput = {
  /** Chosen by the client, unique per batch (1–100 characters of letters, digits, `.`, `_`, `:`, `-`). Replaying a key returns the first result and writes nothing while its values are still the current ones (CONFLICT naming the changed items otherwise); the same key with other items is refused. */
  idempotencyKey: string;
  /** The values, 1 to 5,000. */
  items: Array<ObservationInput>;
};

/** Open SDG progress class: observed growth rate since the baseline ÷ rate needed to reach the target. */
export type TrendClass =
  /** Ratio below 0: moving away from the target. */
  | 'DETERIORATING'
  /** Fewer than two values, no target, or a target equal to the baseline. */
  | 'INSUFFICIENT_DATA'
  /** Ratio from 0 to 60 %. */
  | 'LIMITED_PROGRESS'
  /** Ratio from 60 % to 95 %. */
  | 'NEEDS_ACCELERATION'
  /** Ratio ≥ 95 %, or the target is already met. */
  | 'ON_TRACK';

/** Attributes of a submitted value; every field may be left out. */
export type ValueAttributesInput = {
  /** Footnotes, at most 5, each 1–500 characters. */
  footnotes?: Array<string> | null | undefined;
  /** Lower bound of an interval around the value (with upperBound; lowerBound ≤ value ≤ upperBound). */
  lowerBound?: number | null | undefined;
  /** How the value came about. */
  nature?: ValueNature | null | undefined;
  /** True when the series breaks at this value; then seriesBreakReason is required. */
  seriesBreak?: boolean | null | undefined;
  /** Why the series breaks here (1–500 characters); only with seriesBreak. */
  seriesBreakReason?: string | null | undefined;
  /** The value (and its bounds) are in units of 10^unitMultiplier × the indicator's unit, from -15 to 15; leave it out for the indicator's own multiplier. */
  unitMultiplier?: number | null | undefined;
  /** Upper bound of the interval (with lowerBound). */
  upperBound?: number | null | undefined;
};

/** How a value came about: the codes of the UN SDG Global Database's NATURE attribute, read for a city ('country' there is the city's own statistical system here). Null on a value means its nature was not stated. */
export type ValueNature =
  /** City data: produced and published by the city's own statistical system (statistics bureau or the department responsible). */
  | 'C'
  /** City data, adjusted: the city produced it, and it was adjusted (by the submitter or an agency) so that it compares with other cities. */
  | 'CA'
  /** Estimated: derived from the city's data where the figure itself is not measured (for example interpolated between surveys, or grossed up from a sample). */
  | 'E'
  /** Global (or national) monitoring data: produced by a designated monitoring agency from the data it collects, not by the city. */
  | 'G'
  /** Modelled: produced by a model where the city has no data of its own for the figure. */
  | 'M'
  /** Not relevant: the indicator does not apply to this city; the value is not a measurement. */
  | 'N';

export type TypedClientRankingQueryVariables = Exact<{
  code: string | number;
  period: string;
  includeSample?: boolean | null | undefined;
}>;


export type TypedClientRankingQuery = { ranking: { includesSample: boolean, indicator: { name: string, unit: string, direction: Direction }, entries: Array<{ rank: number, value: number, city: { id: string, name: string, nameZh: string } }>, missing: Array<{ name: string }> } | null };

export type CatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueQuery = { cities: Array<{ id: string, name: string, nameZh: string }>, indicators: Array<{ code: string, name: string, nameZh: string, unit: string, kind: IndicatorKind, direction: Direction, initiative: { id: string, number: number }, dimensions: Array<{ id: string }> }>, initiatives: Array<{ id: string, number: number, title: string, titleZh: string }> };

export type ValueAttributesFieldsFragment = { nature: ValueNature | null, lowerBound: number | null, upperBound: number | null, seriesBreak: boolean, seriesBreakReason: string | null, footnotes: Array<string> };

export type DimensionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DimensionsQuery = { dimensions: Array<{ id: string, label: string, labelZh: string, totalCode: string, codes: Array<{ code: string, label: string, labelZh: string, cityId: string | null }> }> };

export type AvailabilityQueryVariables = Exact<{
  period: string;
  includeSample: boolean;
}>;


export type AvailabilityQuery = { availability: Array<{ cityId: string, indicatorCode: string, breakdown: Array<{ dimension: string, code: string, label: string, labelZh: string }> }> };

export type CasesQueryVariables = Exact<{
  cityId?: string | number | null | undefined;
  initiativeId?: string | number | null | undefined;
  tag?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type CasesQuery = { cases: { totalCount: number, nodes: Array<{ id: string, title: string, titleZh: string, summary: string, year: number, tags: Array<string>, illustrative: boolean, city: { id: string, name: string, nameZh: string }, initiatives: Array<{ id: string, number: number, title: string, titleZh: string }> }> } };

export type CaseTagsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseTagsQuery = { cases: { nodes: Array<{ id: string, tags: Array<string> }> } };

export type CityProfileQueryVariables = Exact<{
  id: string | number;
  includeSample: boolean;
}>;


export type CityProfileQuery = { city: { id: string, name: string, nameZh: string, province: string | null, provinceZh: string | null, region: Region, adminLevel: AdminLevel, population: number, areaKm2: number | null, populationFigure: { year: number, source: string }, peers: Array<{ id: string, name: string, nameZh: string, population: number }>, cases: { nodes: Array<{ id: string, title: string, titleZh: string, year: number, illustrative: boolean, impact: Array<{ fromPeriod: string, toPeriod: string | null, valueAtStart: number | null, change: number | null, peerMedianChange: number | null, peersWithData: number, betterThanPeers: boolean | null, indicator: { code: string, name: string, nameZh: string, unit: string } }> | null }> } | null } | null };

export type CitySeriesQueryVariables = Exact<{
  id: string | number;
  code: string | number;
  period: string;
  breakdown?: Array<DimensionCodeInput> | DimensionCodeInput | null | undefined;
  includeSample: boolean;
}>;


export type CitySeriesQuery = { city: { id: string, series: { baselinePeriod: string | null, baselineValue: number | null, targetPeriod: string | null, targetValue: number | null, observedRate: number | null, requiredRate: number | null, trendRatio: number | null, trend: TrendClass, indicator: { code: string, name: string, nameZh: string, unit: string, direction: Direction }, points: Array<{ period: string, value: number, status: ObservationStatus, sample: boolean, attributes: { nature: ValueNature | null, lowerBound: number | null, upperBound: number | null, seriesBreak: boolean, seriesBreakReason: string | null, footnotes: Array<string> } }> } | null, peerComparison: { value: number | null, peersWithData: number, peerMedian: number | null, percentile: number | null, bestPeerValue: number | null, bestPeer: { id: string, name: string, nameZh: string } | null } | null } | null };

export type ComparisonQueryVariables = Exact<{
  cityIds: Array<string | number> | string | number;
  indicatorCodes?: Array<string | number> | string | number | null | undefined;
  periods: Array<string> | string;
  includeSample: boolean;
}>;


export type ComparisonQuery = { comparison: { periods: Array<string>, cities: Array<{ id: string, name: string, nameZh: string }>, indicators: Array<{ code: string, name: string, nameZh: string, unit: string }>, cells: Array<{ cityId: string, indicatorCode: string, period: string, value: number | null, score: number | null, status: ObservationStatus | null, sample: boolean | null, missing: boolean }> } };

export type IndicatorMetadataQueryVariables = Exact<{
  code: string | number;
}>;


export type IndicatorMetadataQuery = { indicator: { code: string, frameworks: Array<{ framework: string, ref: string, label: string }>, metadata: { definition: string | null, definitionZh: string | null, unit: string, unitMultiplier: number, computationMethod: string, periodicity: Periodicity, dataSources: string | null, dataProvider: string | null, limitations: string | null, lastUpdate: string } } | null };

export type ReviewQueueQueryVariables = Exact<{
  cityId?: string | number | null | undefined;
  indicatorCode?: string | number | null | undefined;
  period?: string | null | undefined;
  flaggedOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ cursor: string, submittedBy: string, waitingSince: string, ageDays: number, flagged: boolean, reviewableByMe: boolean, notReviewableReason: string | null, observation: { id: string, period: string, value: number, unit: string, status: ObservationStatus, revision: number, flagReason: string | null, note: string | null, source: string, city: { id: string, name: string, nameZh: string }, indicator: { code: string, name: string, nameZh: string }, revisions: Array<{ revision: number, value: number, status: ObservationStatus, source: string, note: string | null, flagReason: string | null, author: string, createdAt: string }> } }> } };

export type ReviewObservationMutationVariables = Exact<{
  id: string | number;
  revision: number;
  decision: ReviewDecision;
  comment?: string | null | undefined;
}>;


export type ReviewObservationMutation = { reviewObservation: { id: string, status: ObservationStatus, revision: number } };

export type SubmitObservationsMutationVariables = Exact<{
  input: SubmitObservationsInput;
}>;


export type SubmitObservationsMutation = { submitObservations: { idempotencyKey: string, replayed: boolean, created: number, corrected: number, unchanged: number, flagged: number, items: Array<{ index: number, outcome: SubmissionOutcome, flagReason: string | null, observation: { id: string, value: number, status: ObservationStatus, revision: number } }> } };

export type ValueHistoryQueryVariables = Exact<{
  cityId: string | number;
  code: string | number;
  period: string;
}>;


export type ValueHistoryQuery = { city: { id: string, name: string, nameZh: string, observations: { nodes: Array<{ id: string, period: string, value: number, unit: string, status: ObservationStatus, revision: number, flagReason: string | null, note: string | null, source: string, revisions: Array<{ revision: number, value: number, status: ObservationStatus, source: string, note: string | null, flagReason: string | null, author: string, createdAt: string }> }> } | null } | null };

export type OverviewQueryVariables = Exact<{
  period: string;
  includeSample: boolean;
}>;


export type OverviewQuery = { initiatives: Array<{ id: string, number: number, title: string, titleZh: string }>, cities: Array<{ id: string, name: string, nameZh: string, progress: { index: number | null, coverage: number, initiatives: Array<{ score: number | null, coverage: number, initiative: { id: string, number: number } }> } | null }>, declarationIndex: { includesSample: boolean, entries: Array<{ rank: number | null, index: number | null, coverage: number, indexMissingReason: string | null, city: { id: string, name: string, nameZh: string } }> } };

export type IndicatorRankingQueryVariables = Exact<{
  code: string | number;
  period: string;
  perCapita: boolean;
  breakdown?: Array<DimensionCodeInput> | DimensionCodeInput | null | undefined;
  includeSample: boolean;
}>;


export type IndicatorRankingQuery = { indicator: { code: string, name: string, nameZh: string, unit: string, direction: Direction, kind: IndicatorKind, method: string } | null, ranking: { entries: Array<{ rank: number, value: number, unit: string, status: ObservationStatus, score: number, source: string, sample: boolean, statisticallyTied: boolean, citation: { publisher: string, title: string, url: string, publishedOn: string, quote: string } | null, attributes: { nature: ValueNature | null, lowerBound: number | null, upperBound: number | null, seriesBreak: boolean, seriesBreakReason: string | null, footnotes: Array<string> }, rankRange: { best: number, worst: number }, city: { id: string, name: string, nameZh: string, location: { latitude: number, longitude: number } | null, perCapita?: { valuePer100k: number, unit: string } | null } }>, missing: Array<{ id: string, name: string, nameZh: string, location: { latitude: number, longitude: number } | null }>, statistics: { count: number, min: number, q1: number, median: number, mean: number, q3: number, max: number } | null } | null };

export const ValueAttributesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValueAttributesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValueAttributes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"lowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"seriesBreak"}},{"kind":"Field","name":{"kind":"Name","value":"seriesBreakReason"}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"}}]}}]} as unknown as DocumentNode<ValueAttributesFieldsFragment, unknown>;
export const TypedClientRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TypedClientRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ranking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"includesSample"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TypedClientRankingQuery, TypedClientRankingQueryVariables>;
export const CatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}}]}}]}}]} as unknown as DocumentNode<CatalogueQuery, CatalogueQueryVariables>;
export const DimensionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"totalCode"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"cityId"}}]}}]}}]}}]} as unknown as DocumentNode<DimensionsQuery, DimensionsQueryVariables>;
export const AvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Availability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}}]}}]}}]}}]} as unknown as DocumentNode<AvailabilityQuery, AvailabilityQueryVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CaseTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]} as unknown as DocumentNode<CaseTagsQuery, CaseTagsQueryVariables>;
export const CityProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceZh"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"adminLevel"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"populationFigure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"toPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtStart"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"peerMedianChange"}},{"kind":"Field","name":{"kind":"Name","value":"peersWithData"}},{"kind":"Field","name":{"kind":"Name","value":"betterThanPeers"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CityProfileQuery, CityProfileQueryVariables>;
export const CitySeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitySeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DimensionCodeInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"breakdown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValueAttributesFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"observedRate"}},{"kind":"Field","name":{"kind":"Name","value":"requiredRate"}},{"kind":"Field","name":{"kind":"Name","value":"trendRatio"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"peersWithData"}},{"kind":"Field","name":{"kind":"Name","value":"peerMedian"}},{"kind":"Field","name":{"kind":"Name","value":"percentile"}},{"kind":"Field","name":{"kind":"Name","value":"bestPeerValue"}},{"kind":"Field","name":{"kind":"Name","value":"bestPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValueAttributesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValueAttributes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"lowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"seriesBreak"}},{"kind":"Field","name":{"kind":"Name","value":"seriesBreakReason"}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"}}]}}]} as unknown as DocumentNode<CitySeriesQuery, CitySeriesQueryVariables>;
export const ComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Comparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorCodes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periods"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cityIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicatorCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorCodes"}}},{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periods"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}}]} as unknown as DocumentNode<ComparisonQuery, ComparisonQueryVariables>;
export const IndicatorMetadataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorMetadata"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"definitionZh"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"computationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"periodicity"}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"}},{"kind":"Field","name":{"kind":"Name","value":"dataProvider"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdate"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorMetadataQuery, IndicatorMetadataQueryVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"flaggedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicatorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"flaggedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flaggedOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"reviewableByMe"}},{"kind":"Field","name":{"kind":"Name","value":"notReviewableReason"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewObservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewObservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewObservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"revision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revision"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<ReviewObservationMutation, ReviewObservationMutationVariables>;
export const SubmitObservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitObservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitObservationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitObservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitObservationsMutation, SubmitObservationsMutationVariables>;
export const ValueHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValueHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ValueHistoryQuery, ValueHistoryQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"declarationIndex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"includesSample"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"indexMissingReason"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const IndicatorRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perCapita"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DimensionCodeInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"breakdown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValueAttributesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"best"}},{"kind":"Field","name":{"kind":"Name","value":"worst"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statisticallyTied"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perCapita"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perCapita"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuePer100k"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"q1"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"q3"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValueAttributesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValueAttributes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"lowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"seriesBreak"}},{"kind":"Field","name":{"kind":"Name","value":"seriesBreakReason"}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"}}]}}]} as unknown as DocumentNode<IndicatorRankingQuery, IndicatorRankingQueryVariables>;