import { GraphQLError } from 'graphql';

/** The machine-readable `extensions.code` values clients can rely on. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** Too many requests from one caller (HTTP 429, see gateway/src/security/rate-limit.ts). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The gateway's worst-case estimate of the answer is over its limit (see gateway/src/security/answer-cost.ts). */
  COST_LIMIT_EXCEEDED: 'COST_LIMIT_EXCEEDED',
  /** A subgraph resolved more objects for one request than it allows (see shared/src/graphql/object-budget.ts). */
  RESULT_TOO_LARGE: 'RESULT_TOO_LARGE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

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
