import type { DataSource } from 'typeorm';

/**
 * Raises the server's InnoDB buffer pool to `bytes` when it is smaller (a production MySQL is sized to hold
 * its working set; a packaged default is not); returns the size now in force.
 */
export async function raiseBufferPool(db: DataSource, bytes: number): Promise<number> {
  const [{ size }] = await db.query<{ size: number | string }[]>('SELECT @@innodb_buffer_pool_size AS size');
  if (Number(size) >= bytes) return Number(size);
  await db.query(`SET GLOBAL innodb_buffer_pool_size = ${bytes}`);
  return bytes;
}
