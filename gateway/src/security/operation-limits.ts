import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { OperationLimits } from '../config';

/**
 * graphql-armor's validation rules: depth, aliases, directives and cost are checked before the
 * query is planned, so a refused operation never reaches a subgraph. Field suggestions ("did you mean …")
 * are removed from errors so the schema cannot be guessed through them when introspection is off.
 */
export function operationLimits(limits: OperationLimits, blockFieldSuggestions: boolean) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Tokens are limited by graphql-js's own parser (`parseOptions.maxTokens`): armor's parser hook turns
    // every syntax error into an HTTP 500 under Apollo Server 5.
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: blockFieldSuggestions },
  }).protect();
}
