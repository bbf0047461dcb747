import type { DataSource } from 'typeorm';

/** Undoes the migration named (the first whose name matches) and every migration after it, newest first; returns how many were undone. */
export async function undoMigrationsFrom(db: DataSource, migrations: readonly { name?: string }[], name: string | RegExp): Promise<number> {
  const first = migrations.findIndex((migration) => (typeof name === 'string' ? migration.name === name : name.test(migration.name ?? '')));
  if (first < 0) throw new Error(`no migration is named ${String(name)}`);
  for (let undo = first; undo < migrations.length; undo += 1) await db.undoLastMigration();
  return migrations.length - first;
}
