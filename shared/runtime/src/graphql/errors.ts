import { GraphQLError } from 'graphql';

/**
 * Every machine-readable `extensions.code` a client can receive: the project's own codes, then the ones Apollo
 * Server itself sends (the gateway's front door uses those too). The error table of the operators' guide lists them.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** A caller spent its read or write budget for the minute (see gateway/src/security/rate-limit.ts). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The gateway's worst-case estimate of the answer is over its limit (see gateway/src/security/answer-cost.ts). */
  COST_LIMIT_EXCEEDED: 'COST_LIMIT_EXCEEDED',
  /** A subgraph resolved more objects for one request than it allows (see shared/runtime/src/graphql/object-budget.ts). */
  RESULT_TOO_LARGE: 'RESULT_TOO_LARGE',
  /** A query text longer than the gateway reads (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** An automatic persisted query longer than the gateway stores. */
  PERSISTED_QUERY_TOO_LARGE: 'PERSISTED_QUERY_TOO_LARGE',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  BAD_REQUEST: 'BAD_REQUEST',
  /** Anything unexpected; in production its message is replaced by one naming the request id. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The `extensions.code` of an error, when it has one that is a string. */
export function errorCodeOf(error: { readonly extensions?: Readonly<Record<string, unknown>> }): string | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

export function apiError(code: ErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export function badUserInput(message: string, details?: Record<string, unknown>): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, message, details);
}

/** One problem with one field of a mutation's input. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** Throws BAD_USER_INPUT listing every problem (also in `extensions.invalidFields`); does nothing without problems. */
export function refuseInvalidFields(problems: readonly FieldProblem[], subject = 'The input'): void {
  if (problems.length === 0) return;
  const list = problems.map((problem) => `${problem.field} ${problem.reason}`).join('; ');
  throw badUserInput(`${subject} is invalid: ${list}. Nothing was written.`, { invalidFields: problems });
}
