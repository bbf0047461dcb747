import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { createDataSource, dropMysqlDatabase, ensureMysqlDatabase, writeTransaction } from '@ugf/runtime';

const server = (process.env.TEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306').replace(/\/+$/, '');
const databaseUrl = `${server}/ugf_conflict_${process.pid}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('write transactions that the server rolls back as deadlocks or lock wait timeouts', () => {
  let db: DataSource;

  beforeAll(async () => {
    await ensureMysqlDatabase(databaseUrl);
    db = createDataSource({ databaseUrl, sqlitePath: '', entities: [], migrations: [] });
    await db.initialize();
    await db.query('CREATE TABLE counter (id INT PRIMARY KEY, hits INT NOT NULL)');
  }, 30_000);
  afterAll(async () => {
    await db?.destroy();
    await dropMysqlDatabase(databaseUrl);
  });
  beforeEach(async () => {
    await db.query('DELETE FROM counter');
    await db.query('INSERT INTO counter (id, hits) VALUES (1, 0), (2, 0)');
  });
  const hits = async () => db.query<{ id: number; hits: number }[]>('SELECT id, hits FROM counter ORDER BY id');

  it('runs the loser of a real deadlock again, so both transactions are applied exactly once', async () => {
    let runs = 0;
    // Each transaction locks one row, waits until the other has locked the other row, then asks for it.
    const bothLocked = { count: 0 };
    const crosswise = (first: number, second: number) =>
      writeTransaction(db, async (manager) => {
        runs += 1;
        await manager.query('UPDATE counter SET hits = hits + 1 WHERE id = ?', [first]);
        bothLocked.count += 1;
        while (bothLocked.count < 2) await sleep(10);
        await manager.query('UPDATE counter SET hits = hits + 1 WHERE id = ?', [second]);
      });
    await Promise.all([crosswise(1, 2), crosswise(2, 1)]);
    expect(runs).toBe(3);
    expect(await hits()).toEqual([
      { id: 1, hits: 2 },
      { id: 2, hits: 2 },
    ]);
  }, 30_000);

  it('answers CONFLICT after the bounded retries while another session holds the row, and writes nothing', async () => {
    const holder = await mysql.createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:') });
    let runs = 0;
    try {
      await holder.query('START TRANSACTION');
      await holder.query('UPDATE counter SET hits = 100 WHERE id = 1');
      const blocked = writeTransaction(
        db,
        async (manager) => {
          runs += 1;
          await manager.query('UPDATE counter SET hits = hits + 1 WHERE id = 2');
          await manager.query('SET SESSION innodb_lock_wait_timeout = 1');
          await manager.query('UPDATE counter SET hits = hits + 1 WHERE id = 1');
        },
        { attempts: 2, firstDelayMs: 10 },
      );
      await expect(blocked).rejects.toMatchObject({ extensions: { code: 'CONFLICT', reason: 'WRITE_CONFLICT', attempts: 2 } });
      expect(runs).toBe(2);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect(await hits()).toEqual([
      { id: 1, hits: 0 },
      { id: 2, hits: 0 },
    ]);
  }, 30_000);
});
