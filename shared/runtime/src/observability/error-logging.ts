import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../logging/logger';

/**
 * Logs a subgraph's unexpected errors with the request id the gateway sent (`x-request-id`), so that the
 * id a client quotes leads to the cause in every service's log.
 */
export function errorLoggingPlugin(log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const requestId = request.http?.headers.get('x-request-id') ?? undefined;
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code === undefined || code === 'INTERNAL_SERVER_ERROR') log.error({ requestId, operationName, err: error.originalError ?? error }, error.message);
            else log.debug({ requestId, operationName, code }, error.message);
          }
        },
      };
    },
  };
}
