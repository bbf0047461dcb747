import { context, propagation } from '@opentelemetry/api';

/** Writes the active trace context (`traceparent`, and `tracestate` when there is one) as request headers. */
export function injectTraceContext(setHeader: (name: string, value: string) => void): void {
  propagation.inject(context.active(), undefined, { set: (_carrier, name, value) => setHeader(name, value) });
}
