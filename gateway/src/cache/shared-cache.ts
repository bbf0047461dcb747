import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';

export interface SharedCache {
  cache: KeyValueCache<string>;
  close(): Promise<void>;
}

/**
 * The store for cached responses and automatic persisted queries: in this process (LRU, bounded in size)
 * by default, in Redis when a URL is given so that every gateway replica shares it.
 */
export function createSharedCache(redisUrl: string | undefined, maxMegabytes: number, namespace: string): SharedCache {
  if (!redisUrl) {
    return { cache: new InMemoryLRUCache<string>({ maxSize: maxMegabytes * 1024 * 1024 }), close: async () => undefined };
  }
  const store = new KeyvRedis(redisUrl, { throwOnConnectError: false });
  const keyv = new Keyv<string>({ store, namespace });
  return {
    cache: new KeyvAdapter(keyv),
    close: async () => {
      await keyv.disconnect();
    },
  };
}
