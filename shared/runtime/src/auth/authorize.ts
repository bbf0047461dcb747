import { apiError, ErrorCode } from '../graphql/errors';
import { Role, type Identity } from './identity';

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for a role not in `roles`. */
export function requireRole(identity: Identity, roles: readonly Role[], action: string): void {
  if (identity.role === 'anonymous') {
    throw apiError(ErrorCode.UNAUTHENTICATED, `Sign in to ${action}: send a bearer token.`);
  }
  if (!roles.includes(identity.role)) {
    throw apiError(ErrorCode.FORBIDDEN, `The ${identity.role} role may not ${action}; it needs ${roles.join(' or ')}.`);
  }
}

/** Whether the caller may write data of `cityId`: admins for every city, city editors for their own. */
export function canWriteForCity(identity: Identity, cityId: string): boolean {
  return identity.role === Role.ADMIN || (identity.role === Role.CITY_EDITOR && identity.cityId === cityId);
}
