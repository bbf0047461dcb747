import mysql, { type Pool, type RowDataPacket } from 'mysql2/promise';
import type { ServiceName } from '@ugf/runtime';

/** Connections per database, as many as each subgraph's pool has. */
const POOL_SIZE = 10;

/** The services' databases, read with prepared statements; counts the statements it runs. */
export interface FloorDb {
  read<T>(service: ServiceName, sql: string, params?: readonly (string | number)[]): Promise<T[]>;
  readonly statements: number;
  close(): Promise<void>;
}

/** The least work that answers a workload: its `{ data }` as the JSON text our gateway would send. */
export type Floor = (db: FloorDb, variables: Record<string, unknown>) => Promise<string>;

/** One pool per service database (the URLs the subgraphs are given). */
export function openFloorDb(urls: Record<ServiceName, string>): FloorDb {
  const pools = new Map<ServiceName, Pool>();
  for (const [service, url] of Object.entries(urls) as [ServiceName, string][]) {
    const uri = new URL(url);
    uri.protocol = 'mysql:';
    pools.set(service, mysql.createPool({ uri: uri.toString(), connectionLimit: POOL_SIZE, charset: 'utf8mb4_unicode_ci' }));
  }
  let statements = 0;
  return {
    async read<T>(service: ServiceName, sql: string, params: readonly (string | number)[] = []) {
      statements += 1;
      const [rows] = await pools.get(service)!.execute<RowDataPacket[]>(sql, [...params]);
      return rows as T[];
    },
    get statements() {
      return statements;
    },
    async close() {
      await Promise.all([...pools.values()].map((pool) => pool.end()));
    },
  };
}

/** `?, ?, ?` for a list of parameters. */
export const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');
