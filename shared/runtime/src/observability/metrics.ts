import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DatabaseConnection } from '../database/database-connection';
import { ErrorCode, errorCodeOf } from '../graphql/errors';

/** The Prometheus metrics of one service, served at `GET /metrics`. */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<'operation' | 'type' | 'outcome'>;
  duration: Histogram<'operation' | 'type'>;
  /** Requests refused before execution, by reason (the error code). */
  refusals: Counter<'reason'>;
}

const REFUSALS = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'RATE_LIMITED', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND']);

export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations by known name (else other), type and outcome (ok or the first error code).',
      labelNames: ['operation', 'type', 'outcome'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL operation latency by name and type.',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    refusals: new Counter({ name: 'graphql_refusals_total', help: 'Operations refused, by reason (error code).', labelNames: ['reason'], registers: [registry] }),
  };
}

/** Counts and times every operation by its label (see known-operations.ts): known names only, else `other`. */
export function metricsPlugin(metrics: ServiceMetrics, labelOf: (name: string | null | undefined) => string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, response }) {
          const name = labelOf(operationName);
          const type = operation?.operation ?? 'unknown';
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.length ? (errorCodeOf(errors[0]) ?? ErrorCode.INTERNAL_SERVER_ERROR) : 'ok';
          metrics.requests.inc({ operation: name, type, outcome: code });
          metrics.duration.observe({ operation: name, type }, Number(process.hrtime.bigint() - started) / 1e9);
          if (REFUSALS.has(code)) metrics.refusals.inc({ reason: code });
        },
      };
    },
  };
}

export function metricsRoute(metrics: ServiceMetrics): express.RequestHandler {
  return async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/** mysql2's pool keeps its connection lists in fields TypeORM does not expose through a public API. */
interface Mysql2Pool {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  config?: { connectionLimit?: number };
}

/** Whether the database is connected, and the MySQL pool's connections in use and its limit. */
export function registerDatabaseMetrics(metrics: ServiceMetrics, database: DatabaseConnection): void {
  new Gauge({
    name: 'db_connected',
    help: '1 when the service has its database open, 0 while it retries.',
    registers: [metrics.registry],
    collect() {
      this.set(database.db ? 1 : 0);
    },
  });
  new Gauge({
    name: 'db_pool_connections',
    help: 'MySQL pool connections by state (in_use, idle, limit); absent on SQLite.',
    labelNames: ['state'],
    registers: [metrics.registry],
    collect() {
      const pool = (database.db?.driver as { pool?: Mysql2Pool } | undefined)?.pool;
      if (!pool?._allConnections) return;
      const all = pool._allConnections.length;
      const idle = pool._freeConnections?.length ?? 0;
      this.set({ state: 'in_use' }, all - idle);
      this.set({ state: 'idle' }, idle);
      if (pool.config?.connectionLimit) this.set({ state: 'limit' }, pool.config.connectionLimit);
    },
  });
}
