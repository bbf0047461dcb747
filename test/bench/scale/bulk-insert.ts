import type { DataSource } from 'typeorm';
import type { TableRows } from './generate-scale-data';

const isSqlite = (db: DataSource) => db.options.type === 'better-sqlite3';

/**
 * Multi-row `INSERT IGNORE` (`INSERT OR IGNORE` on SQLite): rows whose key is already there are left as
 * they are, so loading the same data twice changes nothing. Chunks stay under SQLite's 32,766 bound
 * parameters and MySQL's default 16 MB packet.
 */
export async function bulkInsert(db: DataSource, { table, columns, rows }: TableRows, maxRows = 2000): Promise<void> {
  if (rows.length === 0) return;
  const perChunk = Math.max(1, Math.min(maxRows, Math.floor(32_000 / columns.length)));
  const quote = (name: string) => (isSqlite(db) ? `"${name}"` : `\`${name}\``);
  const verb = isSqlite(db) ? 'INSERT OR IGNORE INTO' : 'INSERT IGNORE INTO';
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const sql = `${verb} ${quote(table)} (${columns.map(quote).join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`;
    await db.query(sql, chunk.flat());
  }
}

/** Gives every observation above `afterId` that has no history its first revision, in id ranges. */
export async function backfillFirstRevisions(db: DataSource, afterId: number, step = 50_000): Promise<void> {
  const [{ maxId }] = await db.query<{ maxId: number | string | null }[]>('SELECT MAX(id) AS maxId FROM observation');
  const last = Number(maxId ?? 0);
  for (let from = afterId + 1; from <= last; from += step) {
    await db.query(
      `INSERT INTO observation_revision (observation_id, revision, value, status, source, note, author, created_at)
       SELECT o.id, o.revision, o.value, o.status, o.source, o.note, 'seed', o.updated_at FROM observation o
       WHERE o.id BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM observation_revision r WHERE r.observation_id = o.id)`,
      [from, Math.min(last, from + step - 1)],
    );
  }
}
