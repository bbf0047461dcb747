import http from 'node:http';
import type express from 'express';
import { isProduction } from '../auth/auth-config';
import { envInt, envString, type Env } from '../config/env';
import { closeServer, createApp, listen } from '../server/http-server';
import { metricsRoute, type ServiceMetrics } from './metrics';
import { PRODUCTION_METRICS_PORT } from '../services/manifest';

/** Where `/metrics` is served: on the service's own port, or on a port of its own that the public never reaches. */
export interface MetricsExposure {
  /** Absent: on the service's port (development). */
  port?: number;
  host: string;
}

export function loadMetricsExposure(env: Env): MetricsExposure {
  const fallback = isProduction(env) ? PRODUCTION_METRICS_PORT : undefined;
  return {
    port: envString(env, 'METRICS_PORT') === undefined ? fallback : envInt(env, 'METRICS_PORT', 0),
    host: envString(env, 'METRICS_HOST', '0.0.0.0'),
  };
}

/** Serves `GET /metrics` as configured; `close` stops its own server, if it has one. */
export async function exposeMetrics(app: express.Express, metrics: ServiceMetrics, exposure: MetricsExposure, service: string): Promise<{ port?: number; close(): Promise<void> }> {
  if (exposure.port === undefined) {
    app.get('/metrics', metricsRoute(metrics));
    return { close: async () => undefined };
  }
  const metricsApp = createApp();
  metricsApp.get('/metrics', metricsRoute(metrics));
  const server = http.createServer(metricsApp);
  const port = await listen(server, exposure.port, exposure.host, `${service} metrics`);
  return { port, close: () => closeServer(server) };
}
