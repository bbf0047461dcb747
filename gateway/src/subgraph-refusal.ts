import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@ugf/runtime';

/**
 * A subgraph's HTTP 400 whose every error is BAD_USER_INPUT: the subgraph refused the caller's input (a custom
 * scalar such as `Period`, which the gateway passes through unchecked). It is an answer, not a failure of the
 * service: its errors go to the client and the circuit breaker does not count it.
 */
export class SubgraphRefusal extends GraphQLError {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors[0].message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
}

/** The refusal in a subgraph's error answer, or null when the answer is some other failure. */
export function refusalIn(status: number, body: unknown): SubgraphRefusal | null {
  if (status !== 400 || typeof body !== 'object' || body === null) return null;
  const { errors } = body as { errors?: unknown };
  if (!Array.isArray(errors) || errors.length === 0) return null;
  const refusals = errors as GraphQLFormattedError[];
  return refusals.every((error) => error?.extensions?.code === ErrorCode.BAD_USER_INPUT) ? new SubgraphRefusal(refusals) : null;
}

/** A refusal becomes the subgraph's response, with its errors and no data; anything else is thrown on. */
export function answerRefusal(error: unknown): GatewayGraphQLResponse {
  if (error instanceof SubgraphRefusal) return { errors: [...error.errors] };
  throw error;
}
