import type { Settings } from '../config/settings-schema';

export type TracingMode = 'off' | 'otlp';

export interface TracingSettings {
  mode: TracingMode;
  /** `OTEL_SERVICE_NAME` when set, else the service's own name (`gateway`, `cities`, …). */
  serviceName: string;
}

/** `TRACING=otlp` switches tracing on. The exporter reads the standard `OTEL_EXPORTER_OTLP_*` itself. */
export function loadTracingSettings(serviceName: string, settings: Settings): TracingSettings {
  return {
    mode: settings.TRACING,
    serviceName: settings.OTEL_SERVICE_NAME ?? serviceName,
  };
}
