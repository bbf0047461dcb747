import { trace } from '@opentelemetry/api';

/** `trace_id` and `span_id` of the span active where a log line is written; nothing outside a span. */
export function traceLogFields(): Record<string, string> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}
