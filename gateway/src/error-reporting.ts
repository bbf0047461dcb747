import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, errorCodeOf, type Logger } from '@ugf/runtime';
import type { GatewayContext } from './context';

/** The codes a client is meant to see as they are: all but the one for the unexpected. */
export const EXPECTED_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR));

/**
 * Every error carries the request id the client saw (`extensions.requestId`, also the `x-request-id`
 * header). Unexpected errors are logged with it; in production their message is replaced, so no SQL text,
 * path or internal detail reaches a client.
 */
export function errorReportingPlugin(log: Logger, production: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, errors }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const requestId = contextValue.requestId;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error, index) => {
            const code = errorCodeOf(error) ?? ErrorCode.INTERNAL_SERVER_ERROR;
            if (EXPECTED_CODES.has(code)) return { ...error, extensions: { ...error.extensions, requestId } };
            log.error({ requestId, code, err: errors?.[index] ?? error }, 'unexpected error');
            return production
              ? { message: `Internal server error (request ${requestId}).`, path: error.path, extensions: { code, requestId } }
              : { ...error, extensions: { ...error.extensions, code, requestId } };
          });
        },
      };
    },
  };
}
