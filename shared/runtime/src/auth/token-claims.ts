import type { JWTPayload } from 'jose';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../graphql/errors';
import { type Identity, Role, ROLES } from './identity';

export interface ClaimNames {
  role: string;
  city: string;
}

export const DEFAULT_CLAIM_NAMES: ClaimNames = Object.freeze({ role: 'role', city: 'city' });

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

/** The claim `name`, or, when the token has no claim of that exact name, the value at its dotted path. */
function claimAt(payload: JWTPayload, name: string): unknown {
  if (name in payload) return payload[name];
  return name.split('.').reduce<unknown>((value, part) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), payload);
}

/** A provider may give a list (Keycloak realm roles, Azure AD app roles): it must hold exactly one of the project's roles. */
function roleFrom(value: unknown, claim: string): Role {
  const candidates = Array.isArray(value) ? value : [value];
  const roles = candidates.filter((candidate): candidate is Role => typeof candidate === 'string' && ROLES.includes(candidate as Role));
  if (roles.length === 1) return roles[0];
  if (roles.length > 1) throw unauthenticated(`The token carries several roles (${roles.join(', ')}) in claim "${claim}"; it must carry exactly one.`);
  throw unauthenticated(`The token's role (claim "${claim}") must be one of ${ROLES.join(', ')}.`);
}

function cityFrom(value: unknown): string | undefined {
  const city: unknown = Array.isArray(value) && value.length === 1 ? value[0] : value;
  return typeof city === 'string' && city.length > 0 ? city : undefined;
}

/** The caller named by a verified token: its subject, its one role and, for a city editor, its city. */
export function identityFrom(payload: JWTPayload, claims: ClaimNames = DEFAULT_CLAIM_NAMES): Identity {
  if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw unauthenticated('The token has no subject (sub).');
  const role = roleFrom(claimAt(payload, claims.role), claims.role);
  if (role !== Role.CITY_EDITOR) return { sub: payload.sub, role };
  const cityId = cityFrom(claimAt(payload, claims.city));
  if (!cityId) throw unauthenticated(`A city_editor token must name its city (claim "${claims.city}").`);
  return { sub: payload.sub, role, cityId };
}
