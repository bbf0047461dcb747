import type { SubmitMutation, SubmitMutationVariables } from './generated/operations';

/**
 * The `submitObservations` mutation the importer sends. Its input and result types are generated from the
 * supergraph (`npm run codegen` writes src/generated/operations.ts), so a schema change that breaks the
 * importer fails the type check.
 */
export const SUBMIT_OBSERVATIONS = /* GraphQL */ `
  mutation Submit($input: SubmitObservationsInput!) {
    submitObservations(input: $input) {
      idempotencyKey
      replayed
      created
      corrected
      unchanged
      flagged
      items {
        index
        outcome
        flagReason
      }
    }
  }
`;

export type SubmitObservationsInput = SubmitMutationVariables['input'];

/** One value of a batch, as the server takes it. */
export type ObservationInput = SubmitObservationsInput['items'][number];

/** What a row may say about its value besides the number. */
export type ValueAttributesInput = NonNullable<ObservationInput['attributes']>;
export type ValueNature = NonNullable<ValueAttributesInput['nature']>;

/** Where a row's value was published. */
export type CitationInput = NonNullable<ObservationInput['citation']>;
export type Derivation = NonNullable<CitationInput['derivation']>;

/** `replayed` is true when the key was applied before: the server wrote nothing this time. `items[].index` is the position in the submitted `items`. */
export type SubmitObservationsResult = SubmitMutation['submitObservations'];

export type ItemOutcome = SubmitObservationsResult['items'][number]['outcome'];

/** One entry of `extensions.invalidItems` on a BAD_USER_INPUT error, or of `extensions.conflictItems` on a CONFLICT (error extensions are not in the schema). */
export interface InvalidItem {
  index: number;
  field: string;
  reason: string;
}
