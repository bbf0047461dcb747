import mysql from 'mysql2/promise';

/**
 * Whether a Galera node can serve the application: it answers on its port, belongs to the primary
 * component, and is Synced (`wsrep_local_state` 4), i.e. neither joining, nor a donor, nor cut off.
 */
export async function isGaleraNodeSynced(port: number): Promise<boolean> {
  let connection: mysql.Connection | undefined;
  try {
    connection = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root', connectTimeout: 1_000 });
    // The node's own state, without waiting for the cluster (wsrep_sync_wait also delays SHOW).
    await connection.query('SET SESSION wsrep_sync_wait = 0');
    const [rows] = await connection.query<mysql.RowDataPacket[]>("SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_state', 'wsrep_ready', 'wsrep_cluster_status')");
    const status = Object.fromEntries(rows.map((row) => [row.Variable_name as string, String(row.Value)]));
    return status.wsrep_local_state === '4' && status.wsrep_ready === 'ON' && status.wsrep_cluster_status === 'Primary';
  } catch {
    return false;
  } finally {
    await connection?.end().catch(() => undefined);
  }
}
