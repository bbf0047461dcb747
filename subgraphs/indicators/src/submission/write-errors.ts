import { QueryFailedError } from 'typeorm';
import { apiError, ErrorCode } from '@ugf/runtime';

/** A unique-key violation on either engine: a concurrent writer got there first. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
  return driverError?.code === 'ER_DUP_ENTRY' || driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' || driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function conflict(message: string, details?: Record<string, unknown>) {
  return apiError(ErrorCode.CONFLICT, `${message} Nothing was written; fetch the current values and retry.`, details);
}
