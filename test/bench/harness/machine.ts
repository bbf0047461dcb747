import os from 'node:os';
import type { DataSource } from 'typeorm';

export async function databaseVersion(db: DataSource | undefined): Promise<string> {
  if (!db) return 'SQLite (better-sqlite3)';
  const [row] = await db.query<{ version: string }[]>('SELECT VERSION() AS version');
  return `MySQL-compatible ${row.version}`;
}

export function machineFacts(database: string) {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    database,
    platform: `${os.type()} ${os.release()}`,
  };
}
