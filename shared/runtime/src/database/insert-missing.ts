import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Inserts the rows whose keys are not there yet and leaves existing rows untouched (INSERT IGNORE on
 * MySQL, INSERT OR IGNORE on SQLite), in chunks that stay under both engines' parameter limits.
 */
export async function insertMissing<T extends ObjectLiteral>(manager: EntityManager | DataSource, entity: EntityTarget<T>, rows: readonly T[], chunk = 300): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(start, start + chunk))
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
}
