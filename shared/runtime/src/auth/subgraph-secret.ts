import { createHash, timingSafeEqual } from 'node:crypto';

/** The header a gateway sets on every request to a subgraph (configurable in Apollo Router or Hive Gateway). */
export const SUBGRAPH_SECRET_HEADER = 'x-subgraph-secret';

/** Constant-time comparison; hashing first makes both sides the same length. */
export function secretMatches(provided: string | undefined, expected: string): boolean {
  if (provided === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(provided), digest(expected));
}
