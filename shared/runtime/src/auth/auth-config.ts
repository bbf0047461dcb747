import fs from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import { loadSettings, type Settings } from '../config/settings-schema';
import { DEFAULT_MAX_TOKEN_AGE } from '../config/settings/auth-settings';
import { loadDevSecrets } from './dev-secrets';

export { DEFAULT_MAX_TOKEN_AGE };

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

export const isProduction = (settings: Pick<Settings, 'NODE_ENV'>) => settings.NODE_ENV === 'production';

const readFile = (file: string | undefined) => (file ? fs.readFileSync(file, 'utf8') : undefined);

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
export function loadAuthConfig(settings: Settings = loadSettings()): AuthConfig {
  const jwksText = readFile(settings.JWT_JWKS_FILE);
  const oidcIssuerUrl = settings.OIDC_ISSUER_URL;
  const base = {
    jwtPublicKey: settings.JWT_PUBLIC_KEY ?? readFile(settings.JWT_PUBLIC_KEY_FILE),
    jwks: jwksText ? (JSON.parse(jwksText) as AuthConfig['jwks']) : undefined,
    oidcIssuerUrl,
    jwksCacheMaxAgeMs: settings.OIDC_JWKS_MAX_AGE * 1000,
    jwksCooldownMs: settings.OIDC_JWKS_COOLDOWN * 1000,
    // A provider's tokens name it as their issuer: the discovery URL is the issuer (OpenID Connect Discovery §4.3).
    issuer: settings.JWT_ISSUER ?? oidcIssuerUrl,
    audience: settings.JWT_AUDIENCE,
    maxTokenAge: settings.JWT_MAX_AGE ?? (isProduction(settings) || oidcIssuerUrl !== undefined ? DEFAULT_MAX_TOKEN_AGE : undefined),
    roleClaim: settings.JWT_ROLE_CLAIM,
    cityClaim: settings.JWT_CITY_CLAIM,
  };
  if (isProduction(settings)) {
    requireProductionAuth(base);
    const subgraphSecret = settings.SUBGRAPH_SECRET;
    if (!subgraphSecret || subgraphSecret.length < 32) {
      throw new Error('Production needs SUBGRAPH_SECRET (at least 32 characters), the same for the gateway and every subgraph.');
    }
    return { ...base, subgraphSecret };
  }
  const dev = settings.JWT_SECRET && settings.SUBGRAPH_SECRET ? undefined : loadDevSecrets(settings.DATA_DIR);
  return {
    ...base,
    jwtSecret: settings.JWT_SECRET ?? dev?.jwtSecret,
    subgraphSecret: settings.SUBGRAPH_SECRET ?? (dev as NonNullable<typeof dev>).subgraphSecret,
  };
}
