import path from 'node:path';
import { exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';
import { findFreePort, ServiceProcess } from '@ugf/tools';

export interface TestClient {
  id: string;
  secret: string;
  /** Added to each of its access tokens, e.g. `{ role: 'admin' }`. */
  claims: Record<string, unknown>;
}

export interface SigningKey {
  kid: string;
  /** The private key, for tests that forge what only the provider could sign. */
  privateKey: KeyLike;
  jwk: JWK;
}

export interface TestIdentityProvider {
  /** Its issuer, which is also its discovery URL's base (OIDC_ISSUER_URL). */
  readonly issuer: string;
  /** The key it signs with now. */
  readonly signingKey: SigningKey;
  /** A client_credentials access token of `clientId` for `resource` (its audience). */
  accessToken(clientId: string, resource: string): Promise<string>;
  /** Restarts the provider on the same port with a new key set, the current key left out. */
  rotateKeys(): Promise<void>;
  stop(): Promise<void>;
}

const script = path.join(__dirname, 'oidc-server.mjs');

async function newSigningKey(): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `key-${Math.random().toString(36).slice(2, 10)}`;
  return { kid, privateKey, jwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256', use: 'sig' } };
}

export interface IdentityProviderOptions {
  /** A free port unless given. */
  port?: number;
  /** Public clients that sign in in a browser (authorization code flow with PKCE). */
  browserClients?: { id: string; redirectUri: string }[];
  /** The claims of each login name a browser signs in with. */
  accounts?: Record<string, Record<string, unknown>>;
  /** The audience of browser clients' access tokens. */
  defaultResource?: string;
}

/** oidc-provider in a child process on 127.0.0.1, issuing JWT access tokens to `clients`. */
export async function startIdentityProvider(clients: TestClient[], options: IdentityProviderOptions = {}): Promise<TestIdentityProvider> {
  const { port = await findFreePort(), ...browser } = options;
  const issuer = `http://127.0.0.1:${port}`;
  let signingKey = await newSigningKey();
  let child: ServiceProcess | undefined;
  const start = async () => {
    child = new ServiceProcess({
      name: 'oidc-provider',
      entry: script,
      env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify({ port, keys: [signingKey.jwk], clients, ...browser }) },
      healthUrl: `${issuer}/.well-known/openid-configuration`,
    });
    await child.waitUntilHealthy(30_000);
  };
  await start();
  return {
    issuer,
    get signingKey() {
      return signingKey;
    },
    async accessToken(clientId, resource) {
      const client = clients.find((candidate) => candidate.id === clientId);
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: client?.secret ?? '', resource }),
      });
      const body = (await response.json()) as { access_token?: string; error_description?: string };
      if (!body.access_token) throw new Error(`the provider issued no token: ${body.error_description ?? response.status}`);
      return body.access_token;
    },
    async rotateKeys() {
      await child?.stop();
      signingKey = await newSigningKey();
      await start();
    },
    async stop() {
      await child?.stop();
    },
  };
}
