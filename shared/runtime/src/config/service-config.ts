import path from 'node:path';
import { loadMetricsExposure, type MetricsExposure } from '../observability/metrics-exposure';
import { loadSettings, type Settings } from './settings-schema';
import { isProduction } from '../auth/auth-config';
import { SERVICES, SUBGRAPHS, manifestSubgraph, urlVariable, type SubgraphName } from '@ugf/services';

/** A subgraph of the manifest (shared/services/src/manifest.ts). */
export type ServiceName = SubgraphName;

export const SERVICE_NAMES: readonly ServiceName[] = SUBGRAPHS.map((subgraph) => subgraph.name);

export const DEFAULT_PORTS = Object.fromEntries(SERVICES.map((service) => [service.name, service.port])) as Record<ServiceName | 'gateway', number>;

export interface ServiceConfig {
  name: ServiceName;
  host: string;
  port: number;
  /** `mysql://user:pass@host:port/database`; absent means embedded SQLite at `sqlitePath`. */
  databaseUrl?: string;
  sqlitePath: string;
  seed: boolean;
  /** With `seed`: the synthetic sample data too (SEED_SAMPLE_DATA; off in production unless set). */
  seedSample: boolean;
  /** Create the MySQL database on start-up when it is missing (local runs; production provisions its own). */
  createDatabase: boolean;
  /** Exposes `GET /stats/sql` with the number of SQL statements run; for tests and benchmarks. */
  exposeSqlStats: boolean;
  logLevel: string;
  /** Seconds for which clients and CDNs may cache query answers (`Cache-Control: max-age`). */
  cacheMaxAge: number;
  /** Objects (items of lists) one request may resolve before it is stopped with RESULT_TOO_LARGE. */
  maxResolvedObjects: number;
  metrics: MetricsExposure;
  /** Operation names counted by name in the metrics besides the project's own clients'. */
  metricsOperationNames: string[];
}

/**
 * One subgraph's configuration. Every setting has a default so that a bare `node dist/main.js` runs on
 * SQLite; `DATABASE_URL` switches the service to MySQL.
 */
export function loadServiceConfig(name: ServiceName, settings: Settings = loadSettings()): ServiceConfig {
  return {
    name,
    host: settings.HOST,
    port: settings.PORT ?? DEFAULT_PORTS[name],
    databaseUrl: settings.DATABASE_URL,
    sqlitePath: settings.SQLITE_PATH ?? path.join(settings.DATA_DIR, `${name}.sqlite`),
    seed: settings.SEED,
    seedSample: settings.SEED_SAMPLE_DATA ?? !isProduction(settings),
    createDatabase: settings.DATABASE_CREATE,
    exposeSqlStats: settings.EXPOSE_SQL_STATS,
    logLevel: settings.LOG_LEVEL,
    cacheMaxAge: settings.CACHE_MAX_AGE,
    maxResolvedObjects: settings.MAX_RESOLVED_OBJECTS,
    metrics: loadMetricsExposure(settings),
    metricsOperationNames: settings.METRICS_OPERATION_NAMES,
  };
}

/** The gateway's variable for a subgraph's URL: `CITIES_URL`, `INITIATIVES_URL`, `INDICATORS_URL`, `CASES_URL`. */
export const subgraphUrlVariable = (name: ServiceName) => urlVariable(manifestSubgraph(name));
