import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

export interface InsertRowsOptions {
  /** Leave rows whose keys are already there untouched (INSERT IGNORE on MySQL, INSERT OR IGNORE on SQLite). */
  orIgnore?: boolean;
  /** Rows per statement: 500 rows of 20 columns stay under both engines' limits on parameters. */
  chunk?: number;
}

/**
 * Inserts entity rows in multi-row statements with positional parameters. Each value goes through the
 * driver's own conversion of the column (transformers, dates, booleans), as TypeORM's insert builder does,
 * and a value left undefined takes the column's default. TypeORM's builder names, stores and substitutes a
 * parameter for every value, which took a second of CPU for the 10,000 values of a 5,000-item submission.
 */
export async function insertRows<T extends ObjectLiteral>(manager: EntityManager | DataSource, entity: EntityTarget<T>, rows: readonly Partial<T>[], options: InsertRowsOptions = {}): Promise<void> {
  const driver = 'driver' in manager ? manager.driver : manager.connection.driver;
  const metadata = manager.getRepository(entity).metadata;
  const columns = metadata.columns.filter((column) => column.isInsert);
  const sqlite = driver.options.type === 'better-sqlite3';
  const undefinedValue = (column: ColumnMetadata): string => {
    if (column.isVersion) return '1';
    if (!sqlite) return 'DEFAULT';
    // SQLite takes no DEFAULT among VALUES: the column's default literal, as TypeORM writes it.
    return column.default !== undefined && column.default !== null ? driver.normalizeDefault(column)! : 'NULL';
  };
  const verb = options.orIgnore ? (sqlite ? 'INSERT OR IGNORE' : 'INSERT IGNORE') : 'INSERT';
  const head = `${verb} INTO ${driver.escape(metadata.tablePath)} (${columns.map((column) => driver.escape(column.databaseName)).join(', ')}) VALUES `;
  const chunk = options.chunk ?? 500;
  for (let start = 0; start < rows.length; start += chunk) {
    const parameters: unknown[] = [];
    const tuples = rows.slice(start, start + chunk).map((row) => {
      const values = columns.map((column) => {
        const value: unknown = driver.preparePersistentValue(column.getEntityValue(row), column);
        if (value === undefined) return undefinedValue(column);
        parameters.push(value);
        return '?';
      });
      return `(${values.join(', ')})`;
    });
    await manager.query(head + tuples.join(', '), parameters);
  }
}
