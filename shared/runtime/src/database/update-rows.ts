import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

export interface RowUpdate<T> {
  /** The row's primary key. */
  id: number;
  /** The version the row must still be at (its `version` column); the update leaves it alone otherwise. */
  version: number;
  /** The columns to change; a column this update leaves undefined keeps its value. */
  set: Partial<T>;
}

/**
 * Updates rows by primary key in a few statements, each row only while it is still at the version given
 * (optimistic locking): `UPDATE … SET column = CASE id WHEN ? THEN ? … ELSE column END … WHERE id IN (…) AND
 * version = CASE id WHEN ? THEN ? … END`. Values go through the driver's conversion of each column, as in
 * insertRows. Returns how many rows were updated, so that a caller can tell a row changed meanwhile (fewer
 * than it gave) from none. One statement per row cost a round trip each: 0.6 s for 1,000 corrections.
 */
export async function updateRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, updates: readonly RowUpdate<T>[], options: { chunk?: number } = {}): Promise<number> {
  if (updates.length === 0) return 0;
  const driver = manager.connection.driver;
  const metadata = manager.getRepository(entity).metadata;
  const [primary] = metadata.primaryColumns;
  const version = metadata.findColumnWithPropertyName('version');
  if (!primary || !version) throw new Error(`updateRows needs an entity with a primary key and a version column; ${metadata.name} has not both`);
  const id = driver.escape(primary.databaseName);
  const columns = metadata.columns.filter((column) => column.isUpdate && column !== primary && updates.some((update) => column.getEntityValue(update.set) !== undefined));
  const chunk = options.chunk ?? 200;
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  let updated = 0;
  try {
    for (let start = 0; start < updates.length; start += chunk) {
      const part = updates.slice(start, start + chunk);
      const parameters: unknown[] = [];
      const caseOf = (valueOf: (update: RowUpdate<T>) => unknown, otherwise: string) => {
        const branches = part.flatMap((update) => {
          const value = valueOf(update);
          if (value === undefined) return [];
          parameters.push(update.id, value);
          return ['WHEN ? THEN ?'];
        });
        return `CASE ${id} ${branches.join(' ')} ELSE ${otherwise} END`;
      };
      const assignments = columns.map((column) => {
        const name = driver.escape(column.databaseName);
        return `${name} = ${caseOf((update) => {
          const value: unknown = column.getEntityValue(update.set);
          return value === undefined ? undefined : driver.preparePersistentValue(value, column);
        }, name)}`;
      });
      // Parameters in the order of the statement: the assignments', the keys', the version check's.
      parameters.push(...part.map((update) => update.id));
      const versionCheck = caseOf((update) => update.version, 'NULL');
      const sql = `UPDATE ${driver.escape(metadata.tablePath)} SET ${assignments.join(', ')} WHERE ${id} IN (${part.map(() => '?').join(', ')}) AND ${driver.escape(version.databaseName)} = ${versionCheck}`;
      const result = await runner.query(sql, parameters, true);
      updated += (result as { affected?: number }).affected ?? 0;
    }
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
  return updated;
}
