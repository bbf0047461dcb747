/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** One part of a breakdown: a dimension and one of its codes (`_T`, the total, is the same as leaving the dimension out). */
export type DimensionCodeInput = {
  /** A code of the dimension's code list (`Query.dimensions`), e.g. `F` or the GB/T 2260 code `440305`. */
  code: string;
  /** Dimension id: `SEX`, `AGE`, `URBANISATION`, `DISTRICT`. */
  dimension: string;
};

/** One city's value of one indicator for one period, the total or one breakdown. */
export type ObservationInput = {
  /** What part of the population or territory the value is for, in the indicator's dimensions (`Indicator.dimensions`); a DISTRICT code must be one of the city's. Empty or absent for the total. */
  breakdown?: Array<DimensionCodeInput> | null | undefined;
  /** City id; a city editor may only submit for their own city. */
  cityId: string;
  /** For a correction: the revision the correction is based on. When the current revision differs, the batch is refused with CONFLICT instead of overwriting a change you have not seen. */
  expectedRevision?: number | null | undefined;
  /** Indicator code. */
  indicatorCode: string;
  /** Footnote; required when the item corrects an existing value (up to 2,000 characters). */
  note?: string | null | undefined;
  /** `2024` for annual indicators, `2024-Q3` for quarterly ones; not in the future. A String rather than a `Period`: a malformed period is refused with the item's index, in the same list as every other problem of the batch. */
  period: string;
  /** Organisation and dataset the value comes from (1–500 characters). */
  source: string;
  /** The value in the indicator's unit, inside its valid range. */
  value: number;
};

/** What a submitted item did. */
export type SubmissionOutcome =
  /** A different value for an existing observation: a new revision became current; nothing was deleted. */
  | 'CORRECTED'
  /** A new observation, PROVISIONAL, revision 1. */
  | 'CREATED'
  /** The same value as the current one: nothing was written. */
  | 'UNCHANGED';

/** A batch of 1 to 5,000 values, applied all together or not at all. */
export type SubmitObservationsInput = {
  /** Chosen by the client, unique per batch (1–100 characters of letters, digits, `.`, `_`, `:`, `-`). Replaying a key returns the first result and writes nothing while its values are still the current ones (CONFLICT naming the changed items otherwise); the same key with other items is refused. */
  idempotencyKey: string;
  /** The values, 1 to 5,000. */
  items: Array<ObservationInput>;
};

export type SubmitMutationVariables = Exact<{
  input: SubmitObservationsInput;
}>;


export type SubmitMutation = { submitObservations: { idempotencyKey: string, replayed: boolean, created: number, corrected: number, unchanged: number, flagged: number, items: Array<{ index: number, outcome: SubmissionOutcome, flagReason: string | null }> } };
