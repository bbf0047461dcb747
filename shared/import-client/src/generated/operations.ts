/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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
  dimension: string;
};

/** One city's value of one indicator for one period, the total or one breakdown. */
export type ObservationInput = {
  /** Nature, interval, unit multiplier, series break and footnotes of the value; all optional. Changing any of them is a correction. */
  attributes?: ValueAttributesInput | null | undefined;
  /** What part of the population or territory the value is for, in the indicator's dimensions (`Indicator.dimensions`); a DISTRICT code must be one of the city's. Empty or absent for the total. */
  breakdown?: Array<DimensionCodeInput> | null | undefined;
  /** Where the value was published, with the sentence it comes from: publisher, title, URL, date, quote and how the value follows from it. Stored with the revision; like `source`, changing only the citation is not a correction. */
  citation?: CitationInput | null | undefined;
  /** City id; a city editor may only submit for their own city. */
  cityId: string;
  /** For a correction: the revision the correction is based on. When the current revision differs, the batch is refused with CONFLICT instead of overwriting a change you have not seen. */
  expectedRevision?: number | null | undefined;
  /** Indicator code. */
  indicatorCode: string;
  /** Why the value is submitted; required when the item corrects an existing value (up to 2,000 characters). Footnotes to the value itself go in `attributes.footnotes`. */
  note?: string | null | undefined;
  /** `2024` for annual indicators, `2024-Q3` for quarterly ones; not in the future. A String rather than a `Period`: a malformed period is refused with the item's index, in the same list as every other problem of the batch. */
  period: string;
  /** Organisation and dataset the value comes from (1–500 characters). */
  source: string;
  /** The value in the indicator's unit (times 10^attributes.unitMultiplier when that is given), inside its valid range. */
  value: number;
};

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

export type SubmitMutationVariables = Exact<{
  input: SubmitObservationsInput;
}>;


export type SubmitMutation = { submitObservations: { idempotencyKey: string, replayed: boolean, created: number, corrected: number, unchanged: number, flagged: number, items: Array<{ index: number, outcome: SubmissionOutcome, flagReason: string | null }> } };
