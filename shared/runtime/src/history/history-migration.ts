import { type QueryRunner, Table, TableColumn, type TableColumnOptions } from 'typeorm';
import { MIGRATION_AUTHOR, MIGRATION_NOTE } from './edit-revision';

/**
 * A history table: the key columns of the tracked row, the revision number (unique per row) and what the
 * revision left (`content`, JSON), which fields it changed, its note, author and time.
 */
export function revisionTable(name: string, keyColumns: TableColumnOptions[], uniqueIndex: string): Table {
  return new Table({
    name,
    columns: [
      { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
      ...keyColumns,
      { name: 'revision', type: 'integer' },
      { name: 'content', type: 'text' },
      { name: 'changed_fields', type: 'text' },
      { name: 'note', type: 'text', isNullable: true },
      { name: 'author', type: 'varchar', length: '128' },
      { name: 'created_at', type: 'datetime' },
    ],
    indices: [{ name: uniqueIndex, columnNames: [...keyColumns.map((column) => column.name), 'revision'], isUnique: true }],
  });
}

export const revisionColumn = () => new TableColumn({ name: 'revision', type: 'integer', default: 1 });

/** Writes revision 1 of rows that existed before the history did, with their content as it is now. */
export async function insertFirstRevisions(queryRunner: QueryRunner, table: string, rows: { keys: Record<string, unknown>; content: Record<string, unknown> }[]): Promise<void> {
  const createdAt: unknown = queryRunner.connection.driver.preparePersistentValue(new Date(), { type: 'datetime' } as never);
  for (const { keys, content } of rows) {
    const columns = [...Object.keys(keys), 'revision', 'content', 'changed_fields', 'note', 'author', 'created_at'];
    const values = [...Object.values(keys), 1, JSON.stringify(content), JSON.stringify(Object.keys(content)), MIGRATION_NOTE, MIGRATION_AUTHOR, createdAt];
    await queryRunner.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, values);
  }
}
