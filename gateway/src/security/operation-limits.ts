import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { OperationLimits } from '../config';

/**
 * graphql-armor's validation rules: depth, aliases and directives are checked before the query is
 * planned (first at the front door, see front-door.ts), so a refused operation never reaches a subgraph.
 * The answer's size is limited by cost-limit.ts, which knows each list's bound. Field suggestions ("did you mean …")
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
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: blockFieldSuggestions },
  }).protect();
}
