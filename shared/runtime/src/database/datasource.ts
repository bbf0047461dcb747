import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import { traceSqlStatements } from '../tracing/sql-spans';
import { tracingEnabled } from '../tracing/tracing-state';
import type { SqlLogger } from './sql-logger';

export interface DatabaseOptions {
  /** A `mysql://` URL selects MySQL/MariaDB; otherwise the embedded SQLite file at `sqlitePath` is used. */
  databaseUrl?: string;
  sqlitePath: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity and migration classes
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity and migration classes
  migrations: MixedList<Function>;
  logger?: SqlLogger;
  poolSize?: number;
}

export type DatabaseKind = 'mysql' | 'mariadb' | 'sqlite';

/**
 * `mysql://` for MySQL 8, `mariadb://` for MariaDB: both use the mysql2 driver, but TypeORM reads
 * MariaDB's catalogue (column defaults) differently, so it must know which server it talks to.
 */
export function databaseKind(databaseUrl: string | undefined): DatabaseKind {
  if (!databaseUrl) return 'sqlite';
  const protocol = new URL(databaseUrl).protocol;
  if (protocol === 'mysql:') return 'mysql';
  if (protocol === 'mariadb:') return 'mariadb';
  throw new Error(`Unsupported database URL scheme "${protocol}": use mysql://user:password@host:port/database (or mariadb://…)`);
}

/**
 * One factory for both engines, so that entities, migrations and queries are shared. MySQL works in UTC;
 * SQLite runs in WAL mode. DECIMAL columns come back from mysql2 as text, which the entities' transformer
 * (`decimalToNumber`) and the raw reads turn into the nearest double with `Number`: mysql2's own
 * `decimalNumbers` parser loses the last digits of long values (9234188910.251997 came back as
 * 9234188910.251995), and a typeCast function costs a call and a closure for every field of every row.
 */
export function createDataSource(options: DatabaseOptions): DataSource {
  const common = {
    entities: options.entities,
    migrations: options.migrations,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logger: options.logger,
  };
  const kind = databaseKind(options.databaseUrl);
  if (kind !== 'sqlite') {
    const url = new URL(options.databaseUrl as string);
    url.protocol = 'mysql:';
    const mysql: DataSourceOptions = {
      ...common,
      type: kind,
      url: url.toString(),
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      supportBigNumbers: true,
      bigNumberStrings: false,
      poolSize: options.poolSize ?? 10,
    };
    return traced(new DataSource(mysql), kind, url.pathname.replace(/^\//, ''));
  }
  fs.mkdirSync(path.dirname(options.sqlitePath), { recursive: true });
  const sqlite = new DataSource({
    ...common,
    type: 'better-sqlite3',
    database: options.sqlitePath,
    enableWAL: true,
  });
  return traced(sqlite, kind, path.basename(options.sqlitePath));
}

function traced(dataSource: DataSource, system: DatabaseKind, name: string): DataSource {
  if (tracingEnabled()) traceSqlStatements(dataSource, { system, name });
  return dataSource;
}
