const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'PROTOCOL_CONNECTION_LOST', 'ER_CON_COUNT_ERROR', 'ER_SERVER_SHUTDOWN', 'PROTOCOL_SEQUENCE_TIMEOUT']);

/** Whether an error means the database could not be reached (as opposed to a bad query or bad data). */
export function isConnectionFailure(error: unknown): boolean {
  for (let current = error as { code?: unknown; driverError?: unknown; cause?: unknown } | undefined, depth = 0; current && depth < 4; depth += 1) {
    if (typeof current.code === 'string' && CONNECTION_CODES.has(current.code)) return true;
    if (/connection is in closed state|Can't add new command when connection is in closed state|Pool is closed/i.test(String((current as Error).message ?? ''))) return true;
    current = (current.driverError ?? current.cause) as typeof current;
  }
  return false;
}
