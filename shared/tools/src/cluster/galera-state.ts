import mysql from 'mysql2/promise';

/**
 * Whether a Galera node can serve the application: it answers on its port, belongs to the primary
 * component, and is Synced (`wsrep_local_state` 4) or a donor (2: it serves a joining node's incremental
 * transfer from its cache and keeps answering; taking it out would cut its sessions for nothing). A node
 * that is joining, or cut off from the primary component, is not.
 */
export async function isGaleraNodeAvailable(port: number): Promise<boolean> {
  let connection: mysql.Connection | undefined;
  try {
    connection = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root', connectTimeout: 1_000 });
    // The node's own state, without waiting for the cluster (wsrep_sync_wait also delays SHOW).
    await connection.query('SET SESSION wsrep_sync_wait = 0');
    const [rows] = await connection.query<mysql.RowDataPacket[]>("SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_state', 'wsrep_ready', 'wsrep_cluster_status')");
    const status = Object.fromEntries(rows.map((row) => [row.Variable_name as string, String(row.Value)]));
    return ['2', '4'].includes(status.wsrep_local_state) && status.wsrep_ready === 'ON' && status.wsrep_cluster_status === 'Primary';
  } catch {
    return false;
  } finally {
    await connection?.end().catch(() => undefined);
  }
}
