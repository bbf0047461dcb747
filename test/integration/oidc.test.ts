import { expect } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKeyPair, SignJWT } from 'jose';
import { createTokenVerifier, loadAuthConfig, loadSettings, Role, type Logger, type TokenVerifier } from '@ugf/runtime';
import { findFreePort } from '@ugf/tools';
import { startIdentityProvider, type TestClient, type TestIdentityProvider } from '../helpers/identity-provider';
import { startTestStack, type TestStack } from '../helpers/test-stack';

const AUDIENCE = 'https://api.ugf.test';
const CLIENTS: TestClient[] = [
  { id: 'shenzhen-data-team', secret: 'shenzhen-secret', claims: { role: Role.CITY_EDITOR, city: 'shenzhen' } },
  { id: 'national-verifier', secret: 'verifier-secret', claims: { role: Role.VERIFIER } },
];

function recordingLogger() {
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const at = (level: string) => (fields: Record<string, unknown>, message: string) => lines.push({ level, fields, message });
  return { lines, log: { info: at('info'), warn: at('warn'), error: at('error') } as unknown as Logger };
}

/** The verifier as a development process builds it from its environment, pointed at `issuer`. */
function verifierFor(issuer: string, log: Logger, extra: NodeJS.ProcessEnv = {}): TokenVerifier {
  const env = { DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-oidc-')), OIDC_ISSUER_URL: issuer, JWT_AUDIENCE: AUDIENCE, OIDC_JWKS_COOLDOWN: '0', ...extra };
  return createTokenVerifier(loadAuthConfig(loadSettings(env)), log);
}

const bearer = (token: string) => `Bearer ${token}`;

describe('tokens of a real OpenID Connect provider (oidc-provider)', () => {
  let provider: TestIdentityProvider;
  let verify: TokenVerifier;
  beforeAll(async () => {
    provider = await startIdentityProvider(CLIENTS);
    verify = verifierFor(provider.issuer, recordingLogger().log);
  }, 60_000);
  afterAll(() => provider?.stop());

  it('accepts its access tokens, with the role and city of their claims', async () => {
    expect(await verify(bearer(await provider.accessToken('shenzhen-data-team', AUDIENCE)))).toEqual({ sub: 'shenzhen-data-team', role: 'city_editor', cityId: 'shenzhen' });
  });

  it('refuses a token the same provider issued for another application (audience)', async () => {
    const other = await provider.accessToken('national-verifier', 'https://another-app.example/');
    await expect(verify(bearer(other))).rejects.toMatchObject({ message: expect.stringMatching(/audience/), extensions: { code: 'UNAUTHENTICATED' } });
    expect(await verify(bearer(await provider.accessToken('national-verifier', AUDIENCE)))).toEqual({ sub: 'national-verifier', role: 'verifier' });
  });

  it('refuses a token older than the maximum age (8 hours by default) even when it has not expired', async () => {
    const now = Math.floor(Date.now() / 1000);
    const sign = (issuedAt: number) =>
      new SignJWT({ role: Role.VERIFIER })
        .setProtectedHeader({ alg: 'ES256', kid: provider.signingKey.kid })
        .setIssuer(provider.issuer)
        .setAudience(AUDIENCE)
        .setSubject('old-session')
        .setIssuedAt(issuedAt)
        .setExpirationTime(now + 3600)
        .sign(provider.signingKey.privateKey);
    expect(await verify(bearer(await sign(now)))).toEqual({ sub: 'old-session', role: 'verifier' });
    await expect(verify(bearer(await sign(now - 9 * 3600)))).rejects.toMatchObject({ message: expect.stringMatching(/too old/), extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('follows a key rotation without a restart: the new key passes, the removed one is refused', async () => {
    const beforeRotation = await provider.accessToken('shenzhen-data-team', AUDIENCE);
    expect((await verify(bearer(beforeRotation))).sub).toBe('shenzhen-data-team');
    await provider.rotateKeys();
    const afterRotation = await provider.accessToken('shenzhen-data-team', AUDIENCE);
    expect((await verify(bearer(afterRotation))).sub).toBe('shenzhen-data-team');
    await expect(verify(bearer(beforeRotation))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  }, 60_000);
});

describe('an identity provider that cannot be reached', () => {
  it('makes tokens UNAUTHENTICATED with a plain message, logs why, and is used once it answers', async () => {
    const port = await findFreePort();
    const { lines, log } = recordingLogger();
    const verify = verifierFor(`http://127.0.0.1:${port}`, log);
    const provider = await startIdentityProvider(CLIENTS, { port });
    const token = await provider.accessToken('national-verifier', AUDIENCE);
    await provider.stop();
    try {
      const refused = verify(bearer(token));
      await expect(refused).rejects.toMatchObject({ message: 'The identity provider could not be reached to check the token; try again shortly.', extensions: { code: 'UNAUTHENTICATED' } });
      expect(lines.filter((line) => line.level === 'warn').map((line) => line.fields.reason)).toContainEqual(expect.stringContaining(`127.0.0.1:${port}`));
      const restarted = await startIdentityProvider(CLIENTS, { port });
      try {
        expect(await verify(bearer(await restarted.accessToken('national-verifier', AUDIENCE)))).toEqual({ sub: 'national-verifier', role: 'verifier' });
      } finally {
        await restarted.stop();
      }
    } finally {
      await provider.stop();
    }
  }, 60_000);
});

const SUBMIT = `mutation ($input: SubmitObservationsInput!) {
  submitObservations(input: $input) { items { observation { value revisions { author } } } }
}`;
const submission = (value: number) => ({
  input: {
    idempotencyKey: `oidc-test-${value}`,
    items: [{ cityId: 'shenzhen', indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2025', value, source: 'City 12345 hotline report', note: 'corrected after the audit' }],
  },
});

describe('the gateway and subgraphs in development with an identity provider configured', () => {
  let port: number;
  let system: TestStack;
  let provider: TestIdentityProvider | undefined;
  beforeAll(async () => {
    port = await findFreePort();
    // Started while the provider is down: discovery fails, and no process may crash for it.
    system = await startTestStack({ OIDC_ISSUER_URL: `http://127.0.0.1:${port}`, JWT_AUDIENCE: AUDIENCE, OIDC_JWKS_COOLDOWN: '0' });
  }, 120_000);
  afterAll(async () => {
    await provider?.stop();
    await system?.stop();
  }, 60_000);

  it('starts without the provider, then accepts its tokens, refuses other tokens, and follows a key rotation', async () => {
    const submit = (value: number, token: string) =>
      system.query<{ submitObservations: { items: { observation: { value: number; revisions: { author: string }[] } }[] } }>(SUBMIT, submission(value), token);
    const { privateKey } = await generateKeyPair('ES256');
    const early = await submit(
      90,
      await new SignJWT({ role: Role.ADMIN }).setProtectedHeader({ alg: 'ES256', kid: 'not-yet-known' }).setSubject('early').setIssuedAt().setExpirationTime('1h').sign(privateKey),
    );
    expect(early.errors?.[0]).toMatchObject({ message: 'The identity provider could not be reached to check the token; try again shortly.', extensions: { code: 'UNAUTHENTICATED' } });

    provider = await startIdentityProvider(CLIENTS, { port });
    const beforeRotation = await provider.accessToken('shenzhen-data-team', AUDIENCE);
    const accepted = await submit(91.5, beforeRotation);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.submitObservations.items[0].observation.revisions.map((revision) => revision.author)).toEqual(['shenzhen-data-team']);

    const devToken = await submit(92, await system.token({ sub: 'dev', role: Role.ADMIN }));
    expect(devToken.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const otherApplication = await submit(92, await provider.accessToken('shenzhen-data-team', 'https://another-app.example/'));
    expect(otherApplication.errors?.[0]).toMatchObject({ message: expect.stringMatching(/audience/), extensions: { code: 'UNAUTHENTICATED' } });

    await provider.rotateKeys();
    const rotated = await submit(93, await provider.accessToken('shenzhen-data-team', AUDIENCE));
    expect(rotated.errors).toBeUndefined();
    expect(rotated.data?.submitObservations.items[0].observation.value).toBe(93);
    const removedKey = await submit(94, beforeRotation);
    expect(removedKey.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  }, 90_000);
});
