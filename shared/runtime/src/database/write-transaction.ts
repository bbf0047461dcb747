import type { DataSource, EntityManager } from 'typeorm';
import { apiError, ErrorCode } from '../graphql/errors';
import { isRetryableWriteConflict } from './write-conflict';

export interface WriteRetryPolicy {
  /** Runs of the transaction in all, the first included. */
  attempts: number;
  /** Pause before the first retry; it doubles for each further one, with up to as much again at random. */
  firstDelayMs: number;
}

export const DEFAULT_WRITE_RETRY: WriteRetryPolicy = { attempts: 4, firstDelayMs: 20 };

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in a transaction. TypeORM drives SQLite through one connection, on which two transactions
 * cannot interleave, so SQLite writes of one process are queued. MySQL (and Galera, TiDB) runs them
 * concurrently and relies on row locks and the callers' optimistic version checks; a transaction that the
 * server rolled back as a deadlock, a lock wait timeout or a cluster certification conflict is run again
 * from the start (so `work` must read what it depends on inside the transaction), up to
 * `policy.attempts` times, and then answered with CONFLICT. Nothing of a failed attempt remains.
 */
export function writeTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>, policy: WriteRetryPolicy = DEFAULT_WRITE_RETRY): Promise<T> {
  if (db.options.type !== 'better-sqlite3') return withConflictRetry(() => db.transaction(work), policy);
  const previous = sqliteQueues.get(db) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => db.transaction(work));
  sqliteQueues.set(db, run);
  return run;
}

async function withConflictRetry<T>(run: () => Promise<T>, policy: WriteRetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (!isRetryableWriteConflict(error)) throw error;
      if (attempt >= policy.attempts) {
        throw apiError(ErrorCode.CONFLICT, `Other writes to the same rows kept conflicting with this one (${attempt} attempts). Nothing was written; fetch the current values and retry.`, {
          reason: 'WRITE_CONFLICT',
          attempts: attempt,
        });
      }
      const delay = policy.firstDelayMs * 2 ** (attempt - 1);
      await sleep(delay + Math.random() * delay);
    }
  }
}
