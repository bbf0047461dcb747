import type { GraphQLError } from 'graphql';

/** A text field of an error's `extensions` (its code, the service that failed), when it has one. */
export function extensionText(error: GraphQLError, name: string): string | undefined {
  const value = error.extensions?.[name];
  return typeof value === 'string' ? value : undefined;
}
