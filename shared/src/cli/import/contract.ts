/**
 * The `submitObservations` mutation as the gateway serves it: the operation the importer sends and the
 * shapes of its input and result.
 */
export const SUBMIT_OBSERVATIONS = `mutation Submit($input: SubmitObservationsInput!) {
  submitObservations(input: $input) {
    idempotencyKey replayed created corrected unchanged flagged
    items { index outcome flagReason }
  }
}`;

export interface ObservationInput {
  cityId: string;
  indicatorCode: string;
  period: string;
  value: number;
  source: string;
  note: string | null;
  /** The revision of the value this row corrects, as read by the data team; the server refuses the row when it is no longer current. */
  expectedRevision?: number;
}

export interface SubmitObservationsInput {
  idempotencyKey: string;
  items: ObservationInput[];
}

export type ItemOutcome = 'CREATED' | 'CORRECTED' | 'UNCHANGED';

export interface SubmitObservationsResult {
  idempotencyKey: string;
  /** True when the key was applied before: the server wrote nothing this time. */
  replayed: boolean;
  created: number;
  corrected: number;
  unchanged: number;
  flagged: number;
  /** `index` is the position in the submitted `items`. */
  items: { index: number; outcome: ItemOutcome; flagReason: string | null }[];
}

/** One entry of `extensions.invalidItems` on a BAD_USER_INPUT error, or of `extensions.conflictItems` on a CONFLICT. */
export interface InvalidItem {
  index: number;
  field: string;
  reason: string;
}
