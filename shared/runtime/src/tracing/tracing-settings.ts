import { envString, type Env } from '../config/env';

export type TracingMode = 'off' | 'otlp';

export interface TracingSettings {
  mode: TracingMode;
  /** `OTEL_SERVICE_NAME` when set, else the service's own name (`gateway`, `cities`, …). */
  serviceName: string;
}

/**
 * `TRACING=otlp` switches tracing on; anything else leaves it off (a malformed value is then refused by
 * validateSettings with the other settings). The exporter reads the standard `OTEL_EXPORTER_OTLP_*` itself.
 */
export function loadTracingSettings(serviceName: string, env: Env = process.env): TracingSettings {
  return {
    mode: envString(env, 'TRACING') === 'otlp' ? 'otlp' : 'off',
    serviceName: envString(env, 'OTEL_SERVICE_NAME', serviceName),
  };
}
