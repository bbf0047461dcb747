import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@ugf/runtime';
import { estimateAnswerCost } from './answer-cost';
import type { ListSize } from './list-sizes';

/**
 * Refuses, before planning, an operation whose answer could hold more than `maxCost` objects, counted with
 * every list at its bound (`@listSize`) and the operation's own variables.
 */
export function costLimitPlugin(sizes: Map<string, ListSize>, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = estimateAnswerCost(schema, sizes, document, operation, request.variables ?? {});
          if (cost <= maxCost) return;
          throw new GraphQLError(
            `The answer to this operation could hold ${cost} objects, more than the ${maxCost} allowed: ask for smaller pages (\`first\`), fewer nested lists, or fewer cities, indicators or periods.`,
            { extensions: { code: ErrorCode.COST_LIMIT_EXCEEDED, cost, maxCost, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
