import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimits } from '../config';
import type { GatewayContext } from '../context';

export interface RateLimiter {
  plugin: ApolloServerPlugin<GatewayContext>;
  close(): Promise<void>;
}

/**
 * Per-caller budgets: the token subject when there is one, else the client address. Writes (mutations)
 * have their own, stricter budget. Counts live in Redis when REDIS_URL is set, so replicas share them.
 * A refusal is HTTP 429 with Retry-After and `extensions.code: RATE_LIMITED`.
 */
export function createRateLimiter(limits: RateLimits, redisUrl?: string): RateLimiter {
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : undefined;
  const make = (keyPrefix: string, points: number): RateLimiterAbstract =>
    redis ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: 60 }) : new RateLimiterMemory({ keyPrefix, points, duration: 60 });
  const reads = make('ugf:reads', limits.readsPerMinute);
  const writes = make('ugf:writes', limits.writesPerMinute);

  return {
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation({ operation, contextValue }) {
            const caller = contextValue.identity.role === 'anonymous' ? `ip:${contextValue.clientAddress}` : `sub:${contextValue.identity.sub}`;
            const limiter = operation?.operation === 'mutation' ? writes : reads;
            try {
              await limiter.consume(caller);
            } catch (refusal) {
              if (!(refusal instanceof RateLimiterRes)) throw refusal;
              const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
              throw new GraphQLError(`Too many ${operation?.operation === 'mutation' ? 'writes' : 'requests'}; retry in ${retryAfter} s.`, {
                extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } },
              });
            }
          },
        };
      },
    },
    async close() {
      redis?.disconnect();
    },
  };
}
