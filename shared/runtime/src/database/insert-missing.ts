import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { insertRows } from './insert-rows';

/**
 * Inserts the rows whose keys are not there yet and leaves existing rows untouched (INSERT IGNORE on
 * MySQL, INSERT OR IGNORE on SQLite), in chunks that stay under both engines' parameter limits.
 */
export async function insertMissing<T extends ObjectLiteral>(manager: EntityManager | DataSource, entity: EntityTarget<T>, rows: readonly T[], chunk = 300): Promise<void> {
  await insertRows(manager, entity, rows, { orIgnore: true, chunk });
}
