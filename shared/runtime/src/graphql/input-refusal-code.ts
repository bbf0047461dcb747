import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';

/**
 * A scalar that refuses a literal argument (`period: "2024-13"`) throws BAD_USER_INPUT; graphql-js reports it as a
 * validation error and Apollo Server relabels it GRAPHQL_VALIDATION_FAILED. This gives it its own code back, so the
 * same bad value gets the same code written inline or passed as a variable.
 */
export function keepInputRefusalCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const refusedInput = original instanceof GraphQLError && original.extensions.code === ErrorCode.BAD_USER_INPUT;
  if (formatted.extensions?.code !== ErrorCode.GRAPHQL_VALIDATION_FAILED || !refusedInput) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } };
}
