import type { DataSource, EntityManager } from 'typeorm';

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in a transaction. TypeORM drives SQLite through one connection, on which two transactions
 * cannot interleave, so SQLite writes of one process are queued; MySQL runs them concurrently and relies
 * on row locks and the callers' optimistic version checks.
 */
export function writeTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== 'better-sqlite3') return db.transaction(work);
  const previous = sqliteQueues.get(db) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => db.transaction(work));
  sqliteQueues.set(db, run);
  return run;
}
