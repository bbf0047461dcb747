import type { IncomingMessage } from 'node:http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { Settings } from '../config/settings-schema';
import { requestSampler } from './request-sampler';

/** Probes and metrics scrapes are not traced: they would be most of the traces and tell nothing. */
const UNTRACED_PATHS = /^\/(health|ready|metrics|stats\/sql)(\?|$)/;

const isUntraced = (request: IncomingMessage) => UNTRACED_PATHS.test(request.url ?? '');

/**
 * The tracer provider (W3C trace context, AsyncLocalStorage context, traces that begin with a request),
 * the OTLP/HTTP exporter (which reads `OTEL_EXPORTER_OTLP_ENDPOINT`, `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`,
 * `OTEL_EXPORTER_OTLP_HEADERS`), and the http and graphql instrumentations. Returns the function that
 * flushes and stops it all.
 */
export function startTracingSdk(serviceName: string, settings: Settings, exporter: SpanExporter = new OTLPTraceExporter()): () => Promise<void> {
  const resource = defaultResource()
    .merge(detectResources({ detectors: [envDetector] }))
    .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }));
  const provider = new NodeTracerProvider({ resource, sampler: requestSampler(settings), spanProcessors: [new BatchSpanProcessor(exporter)] });
  provider.register();
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // A GraphQL GET carries the operation and its variables in the query string.
      new HttpInstrumentation({ ignoreIncomingRequestHook: isUntraced, redactedQueryParamsServer: ['query', 'variables', 'extensions'] }),
      // One span each for parse, validate and execute; a span per resolved field would dwarf the request.
      new GraphQLInstrumentation({ ignoreResolveSpans: true }),
    ],
  });
  return async () => {
    unregister();
    await provider.shutdown();
  };
}
