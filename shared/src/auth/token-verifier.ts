import { createPublicKey } from 'node:crypto';
import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../graphql/errors';
import type { AuthConfig } from './auth-config';
import { ANONYMOUS, type Identity, Role, ROLES } from './identity';

export type TokenVerifier = (authorization: string | undefined) => Promise<Identity>;

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

function identityFrom(payload: JWTPayload): Identity {
  const role = payload.role;
  if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw unauthenticated('The token has no subject (sub).');
  if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
    throw unauthenticated(`The token's role must be one of ${ROLES.join(', ')}.`);
  }
  if (role === Role.CITY_EDITOR && (typeof payload.city !== 'string' || payload.city.length === 0)) {
    throw unauthenticated('A city_editor token must name its city (claim "city").');
  }
  return { sub: payload.sub, role: role as Role, ...(role === Role.CITY_EDITOR ? { cityId: payload.city as string } : {}) };
}

/**
 * Verifies `Authorization: Bearer <jwt>`: signature (HS256 with the development secret, or RS256/ES256
 * with the configured public key or JWKS), expiry, and the claims `sub`, `role` and, for city editors,
 * `city`. No header means anonymous; anything wrong with a token is UNAUTHENTICATED.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const key: KeyLike | Uint8Array | JWTVerifyGetKey | undefined = config.jwks
    ? createLocalJWKSet(config.jwks)
    : config.jwtPublicKey
      ? createPublicKey(config.jwtPublicKey)
      : config.jwtSecret
        ? new TextEncoder().encode(config.jwtSecret)
        : undefined;
  if (!key) throw new Error('No key to verify tokens with: set JWT_SECRET (development) or JWT_PUBLIC_KEY / JWT_JWKS_FILE.');
  const algorithms = config.jwks || config.jwtPublicKey ? ['RS256', 'ES256'] : ['HS256'];
  const options = { algorithms, issuer: config.issuer, audience: config.audience, requiredClaims: ['exp', 'sub'] };

  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    let payload: JWTPayload;
    try {
      payload = (
        typeof key === 'function' ? await jwtVerify(match[1], key, options) : await jwtVerify(match[1], key, options)
      ).payload;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired.');
      throw unauthenticated('The token is malformed or its signature is invalid.');
    }
    return identityFrom(payload);
  };
}
