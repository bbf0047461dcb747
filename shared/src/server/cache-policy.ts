import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';

/**
 * Public data may be cached for `maxAge` seconds: each subgraph answers queries with
 * `Cache-Control: max-age=…, public`, and the gateway combines its subgraphs' headers into the header of
 * the client's response (the smallest max-age wins). Mutations are never cacheable.
 */
export function cachePolicyPlugins(maxAge: number): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: maxAge }),
    {
      async requestDidStart() {
        return {
          async didResolveOperation({ operation, overallCachePolicy }) {
            if (operation?.operation !== 'query') overallCachePolicy.restrict({ maxAge: 0 });
          },
        };
      },
    },
  ];
}
