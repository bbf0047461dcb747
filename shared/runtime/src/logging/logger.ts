import pino from 'pino';
import { traceLogFields } from '../tracing/trace-log-fields';
import { tracingEnabled } from '../tracing/tracing-state';

export type Logger = pino.Logger;

/** With tracing on, each line written inside a span carries its `trace_id` and `span_id`. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name, level, base: { service: name }, ...(tracingEnabled() ? { mixin: traceLogFields } : {}) });
}
