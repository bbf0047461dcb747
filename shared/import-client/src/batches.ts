import { createHash } from 'node:crypto';
import type { ObservationInput } from './contract';
import type { CsvRow } from './read-csv';

export const DEFAULT_BATCH_SIZE = 500;
export const MAX_BATCH_SIZE = 5000;

/** Rows sent together, under a key derived from exactly what is sent. */
export interface Batch {
  idempotencyKey: string;
  rows: CsvRow[];
}

/**
 * `import-` + the first 32 hex digits of SHA-256 over the JSON of the items. The same rows in the same
 * order always give the same key, so re-running a file replays the batches the server already applied
 * (the server replays a batch only while its values are still the current ones).
 */
export function idempotencyKeyOf(items: readonly ObservationInput[]): string {
  // Rebuilt with a fixed property order so that the key depends on the values only; a row without an
  // expected revision gives the same key as before that column existed.
  const canonical = items.map(({ cityId, indicatorCode, period, value, source, note, expectedRevision }) => ({
    cityId,
    indicatorCode,
    period,
    value,
    source,
    note,
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  }));
  return `import-${createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 32)}`;
}

export function makeBatch(rows: readonly CsvRow[]): Batch {
  return { idempotencyKey: idempotencyKeyOf(rows.map((row) => row.input)), rows: [...rows] };
}

/** Consecutive batches of at most `size` rows, in file order. */
export function planBatches(rows: readonly CsvRow[], size: number): Batch[] {
  if (!Number.isInteger(size) || size < 1 || size > MAX_BATCH_SIZE) {
    throw new RangeError(`batch size must be an integer from 1 to ${MAX_BATCH_SIZE}, got ${size}`);
  }
  const batches: Batch[] = [];
  for (let start = 0; start < rows.length; start += size) batches.push(makeBatch(rows.slice(start, start + size)));
  return batches;
}
