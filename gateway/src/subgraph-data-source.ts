import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError, OperationTypeNode } from 'graphql';
import CircuitBreaker from 'opossum';
import type { Histogram } from 'prom-client';
import { DATA_CHANGED_HEADER, ErrorCode, injectTraceContext, SUBGRAPH_SECRET_HEADER, tracingEnabled } from '@ugf/runtime';
import { copyOfAnswer } from './answer-copy';
import type { GatewayContext } from './context';
import { InflightQueries } from './inflight-queries';
import { createSubgraphFetcher } from './subgraph-fetcher';
import { answerRefusal, refusalIn } from './subgraph-refusal';

export interface ResilienceOptions {
  /** A subgraph request slower than this fails (and counts against the breaker). */
  timeoutMs: number;
  /** How long an open breaker refuses at once before it lets a trial request through. */
  resetMs: number;
  /** Share one fetch among identical concurrent queries (see InflightQueries). */
  dedupeQueries: boolean;
}

const unavailable = (serviceName: string, cause?: unknown) =>
  new GraphQLError(`The ${serviceName} service is unavailable; fields it provides are null.`, {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service: serviceName },
    originalError: cause instanceof Error ? cause : undefined,
  });

/** The gateway's context of an operation a client sent; health checks and schema loads carry none. */
const clientContextOf = (options: GraphQLDataSourceProcessOptions<GatewayContext>): GatewayContext | undefined => ('incomingRequestContext' in options ? options.context : undefined);

/**
 * The gateway's connection to one subgraph. Every request carries the subgraph secret, the request id and
 * the caller's own bearer token, which the subgraph verifies again. Requests go through a circuit breaker
 * with a timeout: once a subgraph keeps failing, requests to it fail at once instead of waiting, and a
 * trial request after `resetMs` closes the breaker again when the subgraph is back. Queries are retried
 * once on a network failure; mutations never are. Clients see `SERVICE_UNAVAILABLE` naming the service,
 * never its internal address, and still get the other subgraphs' data. A subgraph's refusal of the caller's
 * input is passed on as its answer (see subgraph-refusal.ts).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly breaker: CircuitBreaker<[GraphQLDataSourceProcessOptions<GatewayContext>], GatewayGraphQLResponse>;
  private readonly inflight = new InflightQueries<GatewayGraphQLResponse>(copyOfAnswer);
  private readonly dedupeQueries: boolean;
  private readonly closeClient: () => Promise<void>;

  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly subgraphSecret: string,
    resilience: ResilienceOptions,
    private readonly fetchDuration: Histogram<'subgraph' | 'outcome'>,
  ) {
    const client = createSubgraphFetcher();
    super({ url, fetcher: client.fetcher });
    this.closeClient = client.close;
    this.dedupeQueries = resilience.dedupeQueries;
    this.breaker = new CircuitBreaker((options: GraphQLDataSourceProcessOptions<GatewayContext>) => super.process(options).catch(answerRefusal), {
      timeout: resilience.timeoutMs,
      resetTimeout: resilience.resetMs,
      errorThresholdPercentage: 50,
      volumeThreshold: 3,
      rollingCountTimeout: 10_000,
    });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { request } = options;
    const context = clientContextOf(options);
    request.http?.headers.set(SUBGRAPH_SECRET_HEADER, this.subgraphSecret);
    if (context) request.http?.headers.set('x-request-id', context.requestId);
    if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
    // Node's fetch is not instrumented: the subgraph continues the trace from this header (the gateway.fetch span).
    if (tracingEnabled()) injectTraceContext((name, value) => request.http?.headers.set(name, value));
  }

  override didReceiveResponse({ response, context }: Required<Pick<GraphQLDataSourceProcessOptions<GatewayContext>, 'context'>> & { response: GatewayGraphQLResponse }): GatewayGraphQLResponse {
    if (response.http?.headers.get(DATA_CHANGED_HEADER) === 'true' && 'requestId' in context) context.dataChanged = true;
    return response;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const isQuery = 'incomingRequestContext' in options && options.incomingRequestContext.operation?.operation === OperationTypeNode.QUERY;
    if (!isQuery || !this.dedupeQueries) return this.fetchThroughBreaker(options, isQuery);
    const caller = clientContextOf(options)?.authorization ?? '';
    const key = JSON.stringify([options.request.query, options.request.variables ?? null, caller]);
    return this.inflight.run(key, () => this.fetchThroughBreaker(options, isQuery));
  }

  private async fetchThroughBreaker(options: GraphQLDataSourceProcessOptions<GatewayContext>, isQuery: boolean): Promise<GatewayGraphQLResponse> {
    const timer = this.fetchDuration.startTimer({ subgraph: this.serviceName });
    try {
      const response = await this.breaker.fire(options);
      timer({ outcome: 'ok' });
      return response;
    } catch (error) {
      timer({ outcome: this.breaker.opened ? 'breaker_open' : 'error' });
      if (error instanceof GraphQLError && error.extensions.code !== ErrorCode.SERVICE_UNAVAILABLE) throw error;
      if (isQuery && !this.breaker.opened) {
        try {
          return await this.breaker.fire(options);
        } catch (retryError) {
          throw unavailable(this.serviceName, retryError);
        }
      }
      throw unavailable(this.serviceName, error);
    }
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    return refusalIn(response.status, (error.extensions.response as { body?: unknown } | undefined)?.body) ?? error;
  }

  /** HTTP-level failures (no answer, 5xx, a body without a code) mean the service is unavailable. */
  override didEncounterError(error: Error): void {
    const code = error instanceof GraphQLError ? error.extensions.code : undefined;
    if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') throw error;
    throw unavailable(this.serviceName, error);
  }

  shutdown(): void {
    this.breaker.shutdown();
    void this.closeClient();
  }
}
