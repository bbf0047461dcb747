import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@ugf/shared';

/**
 * The gateway's connection to one subgraph. When the subgraph cannot be reached (or answers with an HTTP
 * error), clients get an error that names the service, with `SERVICE_UNAVAILABLE`, rather than the
 * subgraph's internal address; the other subgraphs' data is still returned.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(
    private readonly serviceName: string,
    url: string,
  ) {
    super({ url });
  }

  override didEncounterError(error: Error): void {
    if (error instanceof GraphQLError && error.extensions.code !== 'INTERNAL_SERVER_ERROR') throw error;
    throw new GraphQLError(`The ${this.serviceName} service is unavailable; fields it provides are null.`, {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service: this.serviceName },
      originalError: error,
    });
  }
}
