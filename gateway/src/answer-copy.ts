import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { answerTextOf } from './subgraph-fetcher';

/**
 * A follower's own copy of a shared subgraph answer (see InflightQueries). The subgraph's text is parsed
 * again, which takes about 60 % of the time of `structuredClone` of the parsed answer (test/bench/results/README.md)
 * and gives the answer as the subgraph sent it, whatever the leader's plan has merged into its own objects
 * meanwhile. The HTTP response is shared as it is: its headers carry the cache hint.
 */
export function copyOfAnswer({ http, ...body }: GatewayGraphQLResponse): GatewayGraphQLResponse {
  const text = answerTextOf(http);
  const copy = text === undefined ? structuredClone(body) : (JSON.parse(text) as typeof body);
  return { ...copy, http };
}
