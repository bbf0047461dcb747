import pino from 'pino';
import { processSettings } from '../config/settings/process-settings';
import { traceLogFields } from '../tracing/trace-log-fields';
import { tracingEnabled } from '../tracing/tracing-state';

export type Logger = pino.Logger;

const { LOG_LEVEL } = processSettings.settings;

/** LOG_LEVEL, or its default while it is wrong: the logger is made before start-up reports the wrong settings. */
const logLevel = (env: NodeJS.ProcessEnv) => LOG_LEVEL.safeParse(env.LOG_LEVEL).data ?? LOG_LEVEL.parse(undefined);

/** With tracing on, each line written inside a span carries its `trace_id` and `span_id`. */
export function createLogger(name: string, level: string = logLevel(process.env)): Logger {
  return pino({ name, level, base: { service: name }, ...(tracingEnabled() ? { mixin: traceLogFields } : {}) });
}
