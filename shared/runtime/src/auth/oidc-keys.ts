import { createRemoteJWKSet, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import type { Logger } from '../logging/logger';

/** The identity provider could not be asked for its keys: down, unreachable, or answering something else. */
export class IdentityProviderUnavailable extends Error {}

export interface OidcKeysOptions {
  issuerUrl: string;
  /** The issuer the tokens must name; a provider that calls itself otherwise is logged as misconfigured. */
  expectedIssuer?: string;
  cacheMaxAgeMs: number;
  cooldownMs: number;
  log: Logger;
  timeoutMs?: number;
}

export const discoveryUrlOf = (issuerUrl: string) => `${issuerUrl.replace(/\/+$/, '')}/.well-known/openid-configuration`;

async function discoverJwksUri(url: string, timeoutMs: number): Promise<{ jwksUri: URL; issuer: unknown }> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
  if (typeof metadata.jwks_uri !== 'string') throw new Error(`${url} names no jwks_uri`);
  return { jwksUri: new URL(metadata.jwks_uri), issuer: metadata.issuer };
}

const reasonOf = (error: unknown) => (error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error));

/**
 * The signing keys of an OpenID Connect provider: its discovery document names the key set (`jwks_uri`),
 * which jose fetches, caches and fetches again when a token names a key it does not know (key rotation).
 * Discovery is retried on a later token when it fails, at most once per cooldown. A key the provider
 * no longer lists is refused once the cached set is fetched again.
 */
export function oidcKeys(options: OidcKeysOptions): { getKey: JWTVerifyGetKey; discover(): Promise<void> } {
  const url = discoveryUrlOf(options.issuerUrl);
  const timeoutMs = options.timeoutMs ?? 5_000;
  let keySet: Promise<JWTVerifyGetKey> | undefined;
  let lastFailure: { at: number; reason: string } | undefined;

  const discovered = (): Promise<JWTVerifyGetKey> => {
    if (keySet) return keySet;
    if (lastFailure && Date.now() - lastFailure.at < options.cooldownMs) {
      return Promise.reject(new IdentityProviderUnavailable(`discovery at ${url} failed: ${lastFailure.reason}`));
    }
    const attempt = discoverJwksUri(url, timeoutMs).then(({ jwksUri, issuer }) => {
      options.log.info({ discovery: url, jwksUri: jwksUri.href }, 'identity provider discovered');
      if (options.expectedIssuer && issuer !== options.expectedIssuer) {
        options.log.error({ discovery: url, issuer, expected: options.expectedIssuer }, 'the identity provider names another issuer than JWT_ISSUER: its tokens will be refused');
      }
      return createRemoteJWKSet(jwksUri, { cacheMaxAge: options.cacheMaxAgeMs, cooldownDuration: options.cooldownMs, timeoutDuration: timeoutMs });
    });
    keySet = attempt.catch((error: unknown) => {
      keySet = undefined;
      lastFailure = { at: Date.now(), reason: reasonOf(error) };
      throw new IdentityProviderUnavailable(`discovery at ${url} failed: ${lastFailure.reason}`);
    });
    return keySet;
  };

  return {
    async getKey(header, token) {
      const keys = await discovered();
      try {
        return await keys(header, token);
      } catch (error) {
        // No key of that id, even after fetching the set again: a forged token or one signed by a removed key.
        if (error instanceof joseErrors.JWKSNoMatchingKey || error instanceof joseErrors.JWKSMultipleMatchingKeys) throw error;
        throw new IdentityProviderUnavailable(`the key set of ${options.issuerUrl} could not be fetched: ${reasonOf(error)}`);
      }
    },
    async discover() {
      await discovered();
    },
  };
}
