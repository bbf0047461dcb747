import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, OperationTypeNode, type DocumentNode, type SelectionSetNode } from 'graphql';
import { createClient } from '@redis/client';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ErrorCode, type Logger } from '@ugf/runtime';
import type { RateLimits } from '../config';
import type { GatewayContext } from '../context';

/** Root fields of a mutation, aliases and fragments included: each is a write and costs one point of the write budget. */
export function writesIn(selectionSet: SelectionSetNode, document: DocumentNode): number {
  let writes = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) writes += selection.name.value === '__typename' ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) writes += writesIn(selection.selectionSet, document);
    else {
      const fragment = document.definitions.find((definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) writes += writesIn(fragment.selectionSet, document);
    }
  }
  return writes;
}

/** Connects in the background and keeps reconnecting: a gateway starts, and counts fail fast, while Redis is down. */
function connectRedis(url: string, log: Logger) {
  const client = createClient({ url, disableOfflineQueue: true });
  // The client reports every failed reconnection attempt: an outage is logged once, and its end.
  let unavailable = false;
  client.on('error', (error: Error) => {
    if (!unavailable) log.warn({ err: error.message }, 'rate-limit store (Redis) unavailable');
    unavailable = true;
  });
  client.on('ready', () => {
    if (unavailable) log.info('rate-limit store (Redis) available again');
    unavailable = false;
  });
  client.connect().catch((error: unknown) => log.warn({ err: String(error) }, 'rate-limit store (Redis) did not connect'));
  return client;
}

export interface RateLimiter {
  plugin: ApolloServerPlugin<GatewayContext>;
  close(): Promise<void>;
}

/**
 * Per-caller budgets: the token subject when there is one, else the client address. Writes (mutations)
 * have their own, stricter budget, and every mutation field of an operation counts against it. Counts live in Redis when REDIS_URL is set, so replicas share them.
 * A refusal is HTTP 429 with Retry-After and `extensions.code: RATE_LIMITED`.
 */
export function createRateLimiter(limits: RateLimits, log: Logger, redisUrl?: string): RateLimiter {
  const redis = redisUrl ? connectRedis(redisUrl, log) : undefined;
  const make = (keyPrefix: string, points: number): RateLimiterAbstract =>
    redis ? new RateLimiterRedis({ storeClient: redis, useRedisPackage: true, keyPrefix, points, duration: 60 }) : new RateLimiterMemory({ keyPrefix, points, duration: 60 });
  const reads = make('ugf:reads', limits.readsPerMinute);
  const writes = make('ugf:writes', limits.writesPerMinute);

  return {
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation({ operation, document, contextValue }) {
            if (contextValue.job) return;
            const caller = contextValue.identity.role === 'anonymous' ? `ip:${contextValue.clientAddress}` : `sub:${contextValue.identity.sub}`;
            const isWrite = operation?.operation === OperationTypeNode.MUTATION;
            const limiter = isWrite ? writes : reads;
            try {
              await limiter.consume(caller, isWrite && operation ? Math.max(1, writesIn(operation.selectionSet, document)) : 1);
            } catch (refusal) {
              if (!(refusal instanceof RateLimiterRes)) throw refusal;
              const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
              throw new GraphQLError(`Too many ${operation?.operation === OperationTypeNode.MUTATION ? 'writes' : 'requests'}; retry in ${retryAfter} s.`, {
                extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: retryAfter, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } },
              });
            }
          },
        };
      },
    },
    async close() {
      redis?.destroy();
    },
  };
}
