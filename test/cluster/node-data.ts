import mysql from 'mysql2/promise';

/** Row count and checksum of every table of the services' databases, as one node holds them. */
export async function tableDigests(port: number): Promise<Record<string, string>> {
  const connection = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
  try {
    // A read waits (wsrep_sync_wait) until the node has applied everything committed before it.
    await connection.query('SELECT 1');
    const [tables] = await connection.query<mysql.RowDataPacket[]>(
      "SELECT table_schema AS db, table_name AS name FROM information_schema.tables WHERE table_schema LIKE 'ugf\\_%' AND table_type = 'BASE TABLE' ORDER BY 1, 2",
    );
    const digests: Record<string, string> = {};
    for (const { db, name } of tables) {
      const table = `\`${db}\`.\`${name}\``;
      const [[count]] = await connection.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM ${table}`);
      const [[checksum]] = await connection.query<mysql.RowDataPacket[]>(`CHECKSUM TABLE ${table}`);
      digests[`${db}.${name}`] = `${count.n} rows, checksum ${checksum.Checksum}`;
    }
    return digests;
  } finally {
    await connection.end();
  }
}

/** Tables of the services' databases that have no primary key (Galera and TiDB need one on every table). */
export async function tablesWithoutPrimaryKey(port: number): Promise<string[]> {
  const connection = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>(
      `SELECT CONCAT(t.table_schema, '.', t.table_name) AS name FROM information_schema.tables t
       LEFT JOIN information_schema.table_constraints c
         ON c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY'
       WHERE t.table_schema LIKE 'ugf\\_%' AND t.table_type = 'BASE TABLE' AND c.constraint_name IS NULL`,
    );
    return rows.map((row) => row.name as string);
  } finally {
    await connection.end();
  }
}

/** Runs one query on one node and returns its rows. */
export async function queryNode<T = mysql.RowDataPacket>(port: number, sql: string, values: unknown[] = []): Promise<T[]> {
  const connection = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>(sql, values);
    return rows as T[];
  } finally {
    await connection.end();
  }
}
