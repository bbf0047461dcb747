import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { OperationTypeNode } from 'graphql';
import type { GatewayContext } from '../context';
import { DataGeneration } from './data-generation';

const isAnonymousCaller = async ({ contextValue }: GraphQLRequestContext<GatewayContext>) => !contextValue.authorization && !contextValue.job;

/**
 * The public-data response cache. Only answers to callers without a token are read from or written to it
 * (an answer to a signed-in caller may depend on who asks), not the gateway's own reads (`job`), only for as long as the subgraphs' cache
 * hints allow (`max-age`, the smallest of the subgraphs'), and every accepted write through any gateway
 * sharing the store makes all earlier entries unreachable: a write the subgraph says changed stored data, so
 * an idempotent replay or an unchanged submission keeps them. Mutations are never cached.
 */
export function responseCachePlugins(cache: KeyValueCache<string>): ApolloServerPlugin<GatewayContext>[] {
  const generation = new DataGeneration(cache);
  const invalidateOnWrite: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation === OperationTypeNode.MUTATION && contextValue.dataChanged) await generation.advance();
        },
      };
    },
  };
  return [
    responseCachePlugin<GatewayContext>({
      cache,
      shouldReadFromCache: isAnonymousCaller,
      shouldWriteToCache: isAnonymousCaller,
      extraCacheKeyData: () => generation.current(),
    }),
    invalidateOnWrite,
  ];
}
