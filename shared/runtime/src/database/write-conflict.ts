/**
 * MySQL/MariaDB errors after which the whole transaction was rolled back and may simply be run again:
 * a deadlock (1213, which is also how Galera reports a certification failure or a brute-force abort by a
 * replicated write set, and how TiDB reports an optimistic-transaction conflict) and a lock wait timeout
 * (1205). TiDB's write conflict (9007) is included so that the same services run there unchanged.
 */
const RETRYABLE_ERRNOS = new Set([1213, 1205, 9007]);
const RETRYABLE_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

type ErrorLike = { code?: unknown; errno?: unknown; driverError?: unknown; cause?: unknown };

/** Whether an error (or the driver error it wraps) is a write conflict that a retry can resolve. */
export function isRetryableWriteConflict(error: unknown): boolean {
  for (let current = error as ErrorLike | undefined, depth = 0; current && depth < 4; depth += 1) {
    if (typeof current.errno === 'number' && RETRYABLE_ERRNOS.has(current.errno)) return true;
    if (typeof current.code === 'string' && RETRYABLE_CODES.has(current.code)) return true;
    current = (current.driverError ?? current.cause) as ErrorLike | undefined;
  }
  return false;
}
