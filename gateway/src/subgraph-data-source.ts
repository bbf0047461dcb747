import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode, SUBGRAPH_SECRET_HEADER } from '@ugf/shared';
import type { GatewayContext } from './context';

/**
 * The gateway's connection to one subgraph. Every request carries the subgraph secret and the caller's
 * own bearer token, which the subgraph verifies again. When the subgraph cannot be reached (or answers with an HTTP
 * error), clients get an error that names the service, with `SERVICE_UNAVAILABLE`, rather than the
 * subgraph's internal address; the other subgraphs' data is still returned.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly subgraphSecret: string,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    request.http?.headers.set(SUBGRAPH_SECRET_HEADER, this.subgraphSecret);
    if ('requestId' in context) request.http?.headers.set('x-request-id', context.requestId);
    if ('authorization' in context && context.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  override didEncounterError(error: Error): void {
    if (error instanceof GraphQLError && error.extensions.code !== 'INTERNAL_SERVER_ERROR') throw error;
    throw new GraphQLError(`The ${this.serviceName} service is unavailable; fields it provides are null.`, {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service: this.serviceName },
      originalError: error,
    });
  }
}
