import { Arg } from 'type-graphql';
import { badUserInput } from '@ugf/runtime';

/**
 * The `asOf` argument of the answers that can be recomputed for a past instant: computed from the revisions
 * that were current then, so that a figure cited with its instant reads the same after later corrections.
 */
export const AsOfArg = () =>
  Arg('asOf', () => Date, {
    nullable: true,
    description: 'Answer as the data stood at this instant (UTC, ISO 8601): every value as its revision current then left it. Now when not given; an instant in the future is BAD_USER_INPUT.',
  });

/** A past instant, or null for the current data; an instant in the future could still change, so it is refused. */
export function checkAsOf(asOf: Date | null | undefined): Date | null {
  if (asOf == null) return null;
  if (asOf.getTime() > Date.now()) throw badUserInput(`asOf ${asOf.toISOString()} is in the future: give a past instant, or leave it out for the current data.`, { argument: 'asOf' });
  return asOf;
}
