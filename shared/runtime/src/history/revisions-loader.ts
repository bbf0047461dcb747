import DataLoader from 'dataloader';
import { manyByKey } from '../loaders/batch';

export interface RevisionsRequest {
  key: string;
  last: number;
}

/**
 * Batches the `revisions(last)` lists of many rows into one query: `load` returns every revision of the
 * given keys, and each row gets its `last` latest ones, oldest first.
 */
export function newestRevisionsLoader<R extends { revision: number }>(load: (keys: string[]) => Promise<R[]>, keyOf: (row: R) => string): DataLoader<RevisionsRequest, R[], string> {
  return new DataLoader<RevisionsRequest, R[], string>(
    async (requests) => {
      const keys = [...new Set(requests.map((request) => request.key))];
      const rows = (await load(keys)).sort((a, b) => b.revision - a.revision);
      const lists = manyByKey(keys, rows, keyOf);
      const byKey = new Map(keys.map((key, index) => [key, lists[index]]));
      return requests.map((request) => (byKey.get(request.key) ?? []).slice(0, request.last).reverse());
    },
    { cacheKeyFn: (request) => `${request.key}\u0000${request.last}` },
  );
}
