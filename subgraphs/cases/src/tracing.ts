// Imported first by main.ts: OpenTelemetry (when TRACING=otlp) must start before http and graphql load.
import { startTracing } from '@ugf/runtime/dist/tracing/start-tracing';

startTracing('cases');
