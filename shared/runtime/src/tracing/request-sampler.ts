import { type Attributes, type Context, type Link, SpanKind } from '@opentelemetry/api';
import { AlwaysOffSampler, AlwaysOnSampler, ParentBasedSampler, type Sampler, SamplingDecision, type SamplingResult, TraceIdRatioBasedSampler } from '@opentelemetry/sdk-trace-base';
import type { Settings } from '../config/settings-schema';

/**
 * A trace begins with a request: a span without a parent that is not a server span (graphql-js parsing the
 * schema at start-up, background fetches) is not recorded, so start-ups do not make hundreds of one-span traces.
 */
class RequestRootSampler implements Sampler {
  constructor(private readonly requests: Sampler) {}

  shouldSample(context: Context, traceId: string, name: string, kind: SpanKind, attributes: Attributes, links: Link[]): SamplingResult {
    if (kind !== SpanKind.SERVER) return { decision: SamplingDecision.NOT_RECORD };
    return this.requests.shouldSample(context, traceId, name, kind, attributes, links);
  }

  toString(): string {
    return `RequestRootSampler{${this.requests.toString()}}`;
  }
}

/**
 * The standard `OTEL_TRACES_SAMPLER` (`always_on` by default, `always_off`, `traceidratio` with
 * `OTEL_TRACES_SAMPLER_ARG`, and their `parentbased_` forms) for the requests that begin a trace. Every form
 * follows the caller's decision when there is one, so that a subgraph keeps exactly the gateway's traces.
 */
export function requestSampler(settings: Pick<Settings, 'OTEL_TRACES_SAMPLER' | 'OTEL_TRACES_SAMPLER_ARG'>): Sampler {
  const name = settings.OTEL_TRACES_SAMPLER.replace(/^parentbased_/, '');
  const ratio = settings.OTEL_TRACES_SAMPLER_ARG;
  const requests = name === 'always_off' ? new AlwaysOffSampler() : name === 'traceidratio' ? new TraceIdRatioBasedSampler(ratio) : new AlwaysOnSampler();
  return new ParentBasedSampler({ root: new RequestRootSampler(requests) });
}
