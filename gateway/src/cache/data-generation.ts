import { randomUUID } from 'node:crypto';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';

const KEY = 'data-generation';

/**
 * A token that changes whenever a write is accepted. Cached responses are keyed by it, so a write makes
 * every response cached before it unreachable, on every replica that shares the store.
 */
export class DataGeneration {
  constructor(private readonly cache: KeyValueCache<string>) {}

  async current(): Promise<string> {
    return (await this.cache.get(KEY)) ?? 'initial';
  }

  async advance(): Promise<void> {
    await this.cache.set(KEY, randomUUID());
  }
}
