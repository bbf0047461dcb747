import { trace } from '@opentelemetry/api';

/**
 * `trace_id` and `span_id` of the span active where a log line is written, when that span is recorded (so
 * that the id leads to a trace); nothing outside a span or in a request that sampling left out.
 */
export function traceLogFields(): Record<string, string> {
  const span = trace.getActiveSpan();
  if (!span?.isRecording()) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}
