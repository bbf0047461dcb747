import { parseSettings } from '../config/settings-schema';
import { loadTracingSettings } from './tracing-settings';
import { markTracingStarted, tracingEnabled } from './tracing-state';

/**
 * Starts OpenTelemetry for this process when `TRACING=otlp`, and does nothing (loads no SDK and no
 * instrumentation) otherwise. It must run before `http` and `graphql` are loaded, so each service's
 * entry point imports its `tracing.ts`, which calls this, before anything else.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (tracingEnabled()) return true;
  // Wrong settings leave tracing off; the start-up that follows names them all.
  const settings = parseSettings(env);
  if (!settings) return false;
  const tracing = loadTracingSettings(serviceName, settings);
  if (tracing.mode === 'off') return false;
  // Required here, not imported at the top, so that a process with tracing off never loads the SDK; an
  // import() would make the start asynchronous, and it must be done before `http` and `graphql` load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const { startTracingSdk } = require('./tracing-sdk') as typeof import('./tracing-sdk');
  markTracingStarted(startTracingSdk(tracing.serviceName, settings));
  return true;
}
