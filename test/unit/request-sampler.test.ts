import { context, ROOT_CONTEXT, SpanKind, trace, TraceFlags } from '@opentelemetry/api';
import { SamplingDecision } from '@opentelemetry/sdk-trace-base';
// Not part of the shared index: only the tracing SDK, started with TRACING=otlp, loads it.
import { loadSettings } from '@ugf/runtime';
import { requestSampler } from '../../shared/runtime/src/tracing/request-sampler';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const decide = (env: NodeJS.ProcessEnv, kind: SpanKind, parent = ROOT_CONTEXT, traceId = TRACE_ID) => requestSampler(loadSettings(env)).shouldSample(parent, traceId, 'span', kind, {}, []).decision;
const sampledParent = trace.setSpanContext(context.active(), { traceId: TRACE_ID, spanId: '00f067aa0ba902b7', traceFlags: TraceFlags.SAMPLED, isRemote: true });
const droppedParent = trace.setSpanContext(context.active(), { traceId: TRACE_ID, spanId: '00f067aa0ba902b7', traceFlags: TraceFlags.NONE, isRemote: true });

describe('which spans are recorded', () => {
  it('begins a trace only with a server span (a request), not with start-up or background work', () => {
    expect(decide({}, SpanKind.SERVER)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide({}, SpanKind.INTERNAL)).toBe(SamplingDecision.NOT_RECORD);
    expect(decide({}, SpanKind.CLIENT)).toBe(SamplingDecision.NOT_RECORD);
  });

  it('follows the caller: a subgraph keeps what the gateway kept, whatever its own sampler', () => {
    expect(decide({ OTEL_TRACES_SAMPLER: 'always_off' }, SpanKind.SERVER, sampledParent)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide({}, SpanKind.INTERNAL, sampledParent)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide({}, SpanKind.SERVER, droppedParent)).toBe(SamplingDecision.NOT_RECORD);
  });

  it('reads OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG for the requests that begin a trace', () => {
    expect(decide({ OTEL_TRACES_SAMPLER: 'parentbased_always_off' }, SpanKind.SERVER)).toBe(SamplingDecision.NOT_RECORD);
    const ratio = { OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.5' };
    expect(decide(ratio, SpanKind.SERVER, ROOT_CONTEXT, '00000000000000000000000000000001')).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide(ratio, SpanKind.SERVER, ROOT_CONTEXT, 'ffffffff000000000000000000000000')).toBe(SamplingDecision.NOT_RECORD);
  });
});
