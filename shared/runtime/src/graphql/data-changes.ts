import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';

/** Set by a subgraph on the answer to a mutation that changed stored data; the gateway's response cache reads it. */
export const DATA_CHANGED_HEADER = 'x-ugf-data-changed';

const unchangedFields = new WeakMap<object, number>();

/** A mutation field calls this when it wrote nothing (an idempotent replay, values equal to the stored ones). */
export function markNothingWritten(context: object): void {
  unchangedFields.set(context, (unchangedFields.get(context) ?? 0) + 1);
}

/**
 * Marks the answer to a mutation with DATA_CHANGED_HEADER unless every mutation field that answered said it
 * wrote nothing, so that a replay or an unchanged submission leaves cached answers in place.
 */
export function dataChangesPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, response }) {
          if (operation?.operation !== OperationTypeNode.MUTATION || response.body.kind !== 'single') return;
          const answered = Object.values(response.body.singleResult.data ?? {}).filter((value) => value !== null).length;
          if (answered > (unchangedFields.get(contextValue) ?? 0)) response.http.headers.set(DATA_CHANGED_HEADER, 'true');
        },
      };
    },
  };
}
