import { createPublicKey } from 'node:crypto';
import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions, type KeyLike } from 'jose';
import { createLogger, type Logger } from '../logging/logger';
import type { AuthConfig } from './auth-config';
import { ANONYMOUS, type Identity } from './identity';
import { IdentityProviderUnavailable, oidcKeys } from './oidc-keys';
import { DEFAULT_CLAIM_NAMES, identityFrom, unauthenticated } from './token-claims';

export type TokenVerifier = (authorization: string | undefined) => Promise<Identity>;

/** What identity providers sign with; never HS256, whose key would have to be shared with every verifier. */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

function keyOf(config: AuthConfig, log: Logger): KeyLike | Uint8Array | JWTVerifyGetKey | undefined {
  if (config.oidcIssuerUrl) {
    const provider = oidcKeys({
      issuerUrl: config.oidcIssuerUrl,
      expectedIssuer: config.issuer,
      cacheMaxAgeMs: config.jwksCacheMaxAgeMs ?? 600_000,
      cooldownMs: config.jwksCooldownMs ?? 30_000,
      log,
    });
    // Early, so that the log tells at start-up whether the provider answers; tokens retry when it did not.
    provider.discover().catch((error: Error) => log.warn({ reason: error.message }, 'identity provider not reachable yet; tokens are refused until it is'));
    return provider.getKey;
  }
  if (config.jwks) return createLocalJWKSet(config.jwks);
  if (config.jwtPublicKey) return createPublicKey(config.jwtPublicKey);
  if (config.jwtSecret) return new TextEncoder().encode(config.jwtSecret);
  return undefined;
}

/**
 * Verifies `Authorization: Bearer <jwt>`: signature (HS256 with the development secret, or an asymmetric
 * algorithm with the identity provider's key set, the configured JWKS or public key), expiry, issuer,
 * audience, age, and the claims `sub`, role and, for city editors, city. No header means anonymous;
 * anything wrong with a token is UNAUTHENTICATED.
 */
export function createTokenVerifier(config: AuthConfig, log: Logger = createLogger('auth')): TokenVerifier {
  const key = keyOf(config, log);
  if (!key) throw new Error('No key to verify tokens with: set JWT_SECRET (development), OIDC_ISSUER_URL, JWT_PUBLIC_KEY or JWT_JWKS_FILE.');
  const symmetric = key instanceof Uint8Array;
  const options: JWTVerifyOptions = {
    algorithms: symmetric ? ['HS256'] : ASYMMETRIC_ALGORITHMS,
    issuer: config.issuer,
    audience: config.audience,
    maxTokenAge: config.maxTokenAge,
    requiredClaims: ['exp', 'sub'],
  };
  const claims = { role: config.roleClaim ?? DEFAULT_CLAIM_NAMES.role, city: config.cityClaim ?? DEFAULT_CLAIM_NAMES.city };

  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    let payload: JWTPayload;
    try {
      payload = (typeof key === 'function' ? await jwtVerify(match[1], key, options) : await jwtVerify(match[1], key, options)).payload;
    } catch (error) {
      if (error instanceof IdentityProviderUnavailable) {
        log.warn({ reason: error.message }, 'token not verified: identity provider unavailable');
        throw unauthenticated('The identity provider could not be reached to check the token; try again shortly.');
      }
      // jose reports a token older than maxTokenAge as expired, naming the iat claim.
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated(error.claim === 'iat' ? 'The token is too old: sign in again.' : 'The token has expired.');
      if (error instanceof joseErrors.JWTClaimValidationFailed) throw unauthenticated(claimMessage(error));
      throw unauthenticated('The token is malformed or its signature is invalid.');
    }
    return identityFrom(payload, claims);
  };
}

/** Which check a well-signed token failed, in words a caller can act on. */
function claimMessage(error: joseErrors.JWTClaimValidationFailed): string {
  if (error.claim === 'aud') return 'The token is not meant for this service (audience).';
  if (error.claim === 'iss') return 'The token comes from another issuer.';
  return `The token's claim "${error.claim}" is missing or invalid.`;
}
