import fs from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import { envInt, envString } from '../config/env';
import { dataDir } from '../config/paths';
import { loadDevSecrets } from './dev-secrets';

export interface AuthConfig {
  /** HS256 secret (development). */
  jwtSecret?: string;
  /** PEM public key for RS256/ES256 tokens (production). */
  jwtPublicKey?: string;
  /** A JSON Web Key Set, read from a local file (production). */
  jwks?: JSONWebKeySet;
  /** An OpenID Connect provider: its discovery document names the key set, fetched and refreshed while running. */
  oidcIssuerUrl?: string;
  /** How long a fetched key set is used before it is fetched again (ms); bounds how long a removed key is still accepted. */
  jwksCacheMaxAgeMs?: number;
  /** The least time between two fetches of the key set (ms), e.g. for tokens naming an unknown key. */
  jwksCooldownMs?: number;
  issuer?: string;
  audience?: string;
  /** Tokens issued (`iat`) longer ago than this are refused: seconds, or a duration such as "8h". */
  maxTokenAge?: number | string;
  /** The claims that carry the project's role and city; a dotted name reaches into an object (`realm_access.roles`). */
  roleClaim?: string;
  cityClaim?: string;
  /** Shared by the gateway and the subgraphs; a subgraph answers GraphQL only with it. */
  subgraphSecret: string;
}

export const isProduction = (env: NodeJS.ProcessEnv = process.env) => env.NODE_ENV === 'production';

/** A working day: long enough for a session of data entry, short enough that a leaked token does not last. */
export const DEFAULT_MAX_TOKEN_AGE = '8h';

function readFileVariable(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const file = envString(env, name);
  return file ? fs.readFileSync(file, 'utf8') : undefined;
}

function maxTokenAgeOf(env: NodeJS.ProcessEnv, enforcedByDefault: boolean): number | string | undefined {
  const value = envString(env, 'JWT_MAX_AGE');
  if (value === undefined) return enforcedByDefault ? DEFAULT_MAX_TOKEN_AGE : undefined;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function requireProductionAuth(config: Omit<AuthConfig, 'subgraphSecret'>): void {
  if (!config.oidcIssuerUrl && !config.jwtPublicKey && !config.jwks) {
    throw new Error('Production needs a real token key: set OIDC_ISSUER_URL (your identity provider), or JWT_PUBLIC_KEY, JWT_PUBLIC_KEY_FILE or JWT_JWKS_FILE (RS256/ES256).');
  }
  if (config.oidcIssuerUrl && new URL(config.oidcIssuerUrl).protocol !== 'https:') {
    throw new Error('Production needs an https:// OIDC_ISSUER_URL: the signing keys are fetched from it.');
  }
  const missing = [...(config.issuer ? [] : ['JWT_ISSUER (or OIDC_ISSUER_URL)']), ...(config.audience ? [] : ['JWT_AUDIENCE'])];
  if (missing.length > 0) {
    throw new Error(`Production needs ${missing.join(' and ')}: without them a token of another issuer, or of another application of your identity provider, would be accepted.`);
  }
}

/**
 * Reads the token-verification keys and the subgraph secret. Production requires a public key, JWKS or
 * identity provider, the issuer, the audience and an explicit SUBGRAPH_SECRET, and refuses to start
 * otherwise; development falls back to the secrets generated in the data folder.
 */
export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const jwtPublicKey = envString(env, 'JWT_PUBLIC_KEY')?.replace(/\\n/g, '\n') ?? readFileVariable(env, 'JWT_PUBLIC_KEY_FILE');
  const jwksText = readFileVariable(env, 'JWT_JWKS_FILE');
  const oidcIssuerUrl = envString(env, 'OIDC_ISSUER_URL');
  const base = {
    jwtPublicKey,
    jwks: jwksText ? (JSON.parse(jwksText) as AuthConfig['jwks']) : undefined,
    oidcIssuerUrl,
    jwksCacheMaxAgeMs: envInt(env, 'OIDC_JWKS_MAX_AGE', 600) * 1000,
    jwksCooldownMs: envInt(env, 'OIDC_JWKS_COOLDOWN', 30) * 1000,
    // A provider's tokens name it as their issuer: the discovery URL is the issuer (OpenID Connect Discovery §4.3).
    issuer: envString(env, 'JWT_ISSUER') ?? oidcIssuerUrl,
    audience: envString(env, 'JWT_AUDIENCE'),
    maxTokenAge: maxTokenAgeOf(env, isProduction(env) || oidcIssuerUrl !== undefined),
    roleClaim: envString(env, 'JWT_ROLE_CLAIM', 'role'),
    cityClaim: envString(env, 'JWT_CITY_CLAIM', 'city'),
  };
  if (isProduction(env)) {
    requireProductionAuth(base);
    const subgraphSecret = envString(env, 'SUBGRAPH_SECRET');
    if (!subgraphSecret || subgraphSecret.length < 32) {
      throw new Error('Production needs SUBGRAPH_SECRET (at least 32 characters), the same for the gateway and every subgraph.');
    }
    return { ...base, subgraphSecret };
  }
  const needsDevSecrets = !envString(env, 'JWT_SECRET') || !envString(env, 'SUBGRAPH_SECRET');
  const dev = needsDevSecrets ? loadDevSecrets(dataDir(env)) : undefined;
  return {
    ...base,
    jwtSecret: envString(env, 'JWT_SECRET') ?? dev?.jwtSecret,
    subgraphSecret: envString(env, 'SUBGRAPH_SECRET') ?? (dev as NonNullable<typeof dev>).subgraphSecret,
  };
}
