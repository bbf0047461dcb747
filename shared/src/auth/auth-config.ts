import fs from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import { envString } from '../config/env';
import { dataDir } from '../config/paths';
import { loadDevSecrets } from './dev-secrets';

export interface AuthConfig {
  /** HS256 secret (development). */
  jwtSecret?: string;
  /** PEM public key for RS256/ES256 tokens (production). */
  jwtPublicKey?: string;
  /** A JSON Web Key Set, read from a local file (production). */
  jwks?: JSONWebKeySet;
  issuer?: string;
  audience?: string;
  /** Shared by the gateway and the subgraphs; a subgraph answers GraphQL only with it. */
  subgraphSecret: string;
}

export const isProduction = (env: NodeJS.ProcessEnv = process.env) => env.NODE_ENV === 'production';

function readFileVariable(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const file = envString(env, name);
  return file ? fs.readFileSync(file, 'utf8') : undefined;
}

/**
 * Reads the token-verification keys and the subgraph secret. Production requires a public key (or JWKS)
 * and an explicit SUBGRAPH_SECRET and refuses to start otherwise; development falls back to the secrets
 * generated in the data folder.
 */
export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const jwtPublicKey = envString(env, 'JWT_PUBLIC_KEY')?.replace(/\\n/g, '\n') ?? readFileVariable(env, 'JWT_PUBLIC_KEY_FILE');
  const jwksText = readFileVariable(env, 'JWT_JWKS_FILE');
  const base = {
    jwtPublicKey,
    jwks: jwksText ? (JSON.parse(jwksText) as AuthConfig['jwks']) : undefined,
    issuer: envString(env, 'JWT_ISSUER'),
    audience: envString(env, 'JWT_AUDIENCE'),
  };
  if (isProduction(env)) {
    if (!jwtPublicKey && !base.jwks) {
      throw new Error('Production needs a real token key: set JWT_PUBLIC_KEY, JWT_PUBLIC_KEY_FILE or JWT_JWKS_FILE (RS256/ES256).');
    }
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
