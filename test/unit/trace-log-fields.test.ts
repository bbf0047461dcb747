import { context, trace, TraceFlags } from '@opentelemetry/api';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { traceLogFields } from '@ugf/runtime';

describe('trace fields of a log line', () => {
  const provider = new NodeTracerProvider();
  beforeAll(() => provider.register());
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
  });

  it('names the recorded span active where the line is written', () => {
    const span = provider.getTracer('test').startSpan('request');
    const fields = context.with(trace.setSpan(context.active(), span), traceLogFields);
    span.end();
    expect(fields).toEqual({ trace_id: span.spanContext().traceId, span_id: span.spanContext().spanId });
  });

  it('is empty outside a span and in a request that sampling left out', () => {
    expect(traceLogFields()).toEqual({});
    const unsampled = trace.wrapSpanContext({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: TraceFlags.NONE });
    expect(context.with(trace.setSpan(context.active(), unsampled), traceLogFields)).toEqual({});
  });
});
