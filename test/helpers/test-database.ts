import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dropMysqlDatabase, SERVICE_NAMES, type ServiceName } from '@ugf/runtime';

/** `TEST_DATABASE=mysql` runs the suite on MySQL/MariaDB (TEST_MYSQL_URL, default the local MariaDB, mariadb://root@127.0.0.1:3306). */
export const testDatabase: 'mysql' | 'sqlite' = process.env.TEST_DATABASE === 'mysql' ? 'mysql' : 'sqlite';
const mysqlServer = (process.env.TEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306').replace(/\/+$/, '');

let counter = 0;

/** A fresh, empty database location per call: a temp SQLite folder, or uniquely named MySQL databases. */
export function freshDatabases(): {
  dataDir: string;
  urls: Partial<Record<ServiceName, string>>;
  urlOf(name: ServiceName): string | undefined;
  sqlitePath(name: ServiceName): string;
  drop(): Promise<void>;
} {
  counter += 1;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-test-'));
  const prefix = `ugf_t${process.pid}_${counter}`;
  const urls: Partial<Record<ServiceName, string>> = testDatabase === 'mysql' ? Object.fromEntries(SERVICE_NAMES.map((name) => [name, `${mysqlServer}/${prefix}_${name}`])) : {};
  return {
    dataDir,
    urls,
    urlOf: (name) => urls[name],
    sqlitePath: (name) => path.join(dataDir, `${name}.sqlite`),
    async drop() {
      for (const url of Object.values(urls)) if (url) await dropMysqlDatabase(url);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
