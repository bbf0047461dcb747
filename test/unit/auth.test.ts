import { expect } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { createTokenVerifier, DEFAULT_MAX_TOKEN_AGE, loadAuthConfig as authConfigOf, loadSettings, Role, secretMatches, signDevToken } from '@ugf/runtime';

const loadAuthConfig = (env: NodeJS.ProcessEnv) => authConfigOf(loadSettings(env));

const production = { NODE_ENV: 'production', JWT_PUBLIC_KEY: 'pem', SUBGRAPH_SECRET: 's'.repeat(40), JWT_ISSUER: 'https://id.example.gov.cn/', JWT_AUDIENCE: 'ugf' };
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-auth-'));

describe('auth configuration', () => {
  it('refuses to start in production without a public key or JWKS, even with an HS256 secret', () => {
    expect(() => loadAuthConfig({ NODE_ENV: 'production', JWT_SECRET: 'x', SUBGRAPH_SECRET: 's'.repeat(40) })).toThrow(/Production needs a real token key/);
  });

  it('refuses to start in production without a long subgraph secret', () => {
    expect(() => loadAuthConfig({ ...production, SUBGRAPH_SECRET: 'short' })).toThrow(/SUBGRAPH_SECRET/);
  });

  it.each([
    ['neither issuer nor audience', { JWT_ISSUER: '', JWT_AUDIENCE: '' }, /Production needs JWT_ISSUER \(or OIDC_ISSUER_URL\) and JWT_AUDIENCE:/],
    ['no audience', { JWT_AUDIENCE: '' }, /Production needs JWT_AUDIENCE:/],
    ['no issuer', { JWT_ISSUER: '' }, /Production needs JWT_ISSUER \(or OIDC_ISSUER_URL\):/],
    ['an identity provider over plain http', { OIDC_ISSUER_URL: 'http://id.example.gov.cn/realms/ugf' }, /https:\/\/ OIDC_ISSUER_URL/],
  ])('refuses to start in production with %s, naming the settings', (_what, extra, message) => {
    expect(() => loadAuthConfig({ ...production, ...extra })).toThrow(message);
  });

  it('takes the issuer from OIDC_ISSUER_URL and enforces a maximum token age in production', () => {
    const issuer = 'https://id.example.gov.cn/realms/ugf';
    const config = loadAuthConfig({ ...production, JWT_PUBLIC_KEY: '', JWT_ISSUER: '', OIDC_ISSUER_URL: issuer });
    expect(config).toMatchObject({ oidcIssuerUrl: issuer, issuer, audience: production.JWT_AUDIENCE, maxTokenAge: DEFAULT_MAX_TOKEN_AGE });
    expect(loadAuthConfig({ ...production, JWT_MAX_AGE: '900' }).maxTokenAge).toBe(900);
  });

  it('generates development secrets once in the data folder and reuses them', () => {
    const dir = tempDir();
    const first = loadAuthConfig({ DATA_DIR: dir });
    const second = loadAuthConfig({ DATA_DIR: dir });
    expect(first.jwtSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toEqual(first);
    expect(fs.statSync(path.join(dir, 'dev-secrets.json')).mode & 0o077).toBe(0);
  });
});

describe('token verification', () => {
  const secret = 'unit-test-secret';
  const verify = createTokenVerifier({ jwtSecret: secret, subgraphSecret: 'x' });

  it('treats a missing header as anonymous', async () => {
    expect(await verify(undefined)).toEqual({ sub: 'anonymous', role: 'anonymous' });
  });

  it('reads subject, role and city from a valid token', async () => {
    const token = await signDevToken(secret, { sub: 'sz-team', role: Role.CITY_EDITOR, city: 'shenzhen' });
    expect(await verify(`Bearer ${token}`)).toEqual({ sub: 'sz-team', role: 'city_editor', cityId: 'shenzhen' });
  });

  it.each([
    ['no Bearer prefix', async () => signDevToken(secret, { sub: 'a', role: Role.ADMIN }), (token: string) => token],
    [
      'an alg:none token',
      async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"a","role":"admin","exp":9999999999}').toString('base64url')}.`,
      (token: string) => `Bearer ${token}`,
    ],
    [
      'a token without exp',
      async () => new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('a').sign(new TextEncoder().encode(secret)),
      (token: string) => `Bearer ${token}`,
    ],
  ])('refuses %s with UNAUTHENTICATED', async (_what, make, header) => {
    await expect(verify(header(await make()))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it.each(['RS256', 'ES256'] as const)('verifies %s tokens against a PEM public key and a JWKS file, and refuses HS256 then', async (alg) => {
    const { publicKey, privateKey } = await generateKeyPair(alg);
    const token = await new SignJWT({ role: 'verifier' }).setProtectedHeader({ alg, kid: 'k1' }).setSubject('checker').setExpirationTime('1h').sign(privateKey);
    const byPem = createTokenVerifier({ jwtPublicKey: await exportSPKI(publicKey), subgraphSecret: 'x' });
    const byJwks = createTokenVerifier({ jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg }] }, subgraphSecret: 'x' });
    expect(await byPem(`Bearer ${token}`)).toEqual({ sub: 'checker', role: 'verifier' });
    expect(await byJwks(`Bearer ${token}`)).toEqual({ sub: 'checker', role: 'verifier' });
    const hs = await signDevToken('any', { sub: 'a', role: Role.ADMIN });
    await expect(byPem(`Bearer ${hs}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('claims and age of a token', () => {
  const secret = 'claims-secret';
  const sign = (claims: Record<string, unknown>, issuedAt?: number) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('someone').setIssuedAt(issuedAt).setExpirationTime('10h').sign(new TextEncoder().encode(secret));

  it('reads the role and city from the claims that JWT_ROLE_CLAIM and JWT_CITY_CLAIM name, a list of roles included', async () => {
    const verify = createTokenVerifier(loadAuthConfig({ JWT_SECRET: secret, SUBGRAPH_SECRET: 'x', JWT_ROLE_CLAIM: 'realm_access.roles', JWT_CITY_CLAIM: 'ugf_city' }));
    const token = await sign({ realm_access: { roles: ['offline_access', 'city_editor', 'uma_authorization'] }, ugf_city: ['wuhan'], role: 'admin' });
    expect(await verify(`Bearer ${token}`)).toEqual({ sub: 'someone', role: 'city_editor', cityId: 'wuhan' });
    const twoRoles = await sign({ realm_access: { roles: ['verifier', 'admin'] } });
    await expect(verify(`Bearer ${twoRoles}`)).rejects.toMatchObject({ message: expect.stringMatching(/several roles/), extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token issued longer ago than JWT_MAX_AGE, even before it expires', async () => {
    const verify = createTokenVerifier(loadAuthConfig({ JWT_SECRET: secret, SUBGRAPH_SECRET: 'x', JWT_MAX_AGE: '1h' }));
    const now = Math.floor(Date.now() / 1000);
    expect(await verify(`Bearer ${await sign({ role: 'admin' }, now)}`)).toEqual({ sub: 'someone', role: 'admin' });
    await expect(verify(`Bearer ${await sign({ role: 'admin' }, now - 2 * 3600)}`)).rejects.toMatchObject({ message: expect.stringMatching(/too old/), extensions: { code: 'UNAUTHENTICATED' } });
  });

  it.each(['PS256', 'ES384', 'EdDSA'] as const)('accepts %s, an asymmetric algorithm identity providers sign with, from a key set', async (alg) => {
    const { publicKey, privateKey } = await generateKeyPair(alg);
    const verify = createTokenVerifier({ jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg }] }, subgraphSecret: 'x' });
    const token = await new SignJWT({ role: 'researcher' }).setProtectedHeader({ alg, kid: 'k1' }).setSubject('reader').setExpirationTime('1h').sign(privateKey);
    expect(await verify(`Bearer ${token}`)).toEqual({ sub: 'reader', role: 'researcher' });
  });
});

describe('subgraph secret', () => {
  it('matches only the exact secret', () => {
    expect(secretMatches('s3cret', 's3cret')).toBe(true);
    expect(secretMatches('s3cret ', 's3cret')).toBe(false);
    expect(secretMatches(undefined, 's3cret')).toBe(false);
  });
});

describe('token attacks', () => {
  it('refuses an HS256 token signed with the RS256 public key (algorithm confusion)', async () => {
    const { publicKey } = await generateKeyPair('RS256');
    const pem = await exportSPKI(publicKey);
    const verify = createTokenVerifier({ jwtPublicKey: pem, subgraphSecret: 'x' });
    const forged = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('mallory').setExpirationTime('1h').sign(new TextEncoder().encode(pem));
    await expect(verify(`Bearer ${forged}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token that is not valid yet, and one for another issuer or audience', async () => {
    const secret = 'attack-secret';
    const verify = createTokenVerifier({ jwtSecret: secret, issuer: 'https://id.example.gov.cn/', audience: 'ugf', subgraphSecret: 'x' });
    const sign = (claims: { iss?: string; aud?: string; nbf?: number }) => {
      let jwt = new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('a').setExpirationTime('1h');
      if (claims.iss) jwt = jwt.setIssuer(claims.iss);
      if (claims.aud) jwt = jwt.setAudience(claims.aud);
      if (claims.nbf) jwt = jwt.setNotBefore(claims.nbf);
      return jwt.sign(new TextEncoder().encode(secret));
    };
    const good = { iss: 'https://id.example.gov.cn/', aud: 'ugf' };
    expect(await verify(`Bearer ${await sign(good)}`)).toEqual({ sub: 'a', role: 'admin' });
    for (const claims of [
      { ...good, nbf: Math.floor(Date.now() / 1000) + 3600 },
      { ...good, iss: 'https://evil.example/' },
      { ...good, aud: 'other-app' },
    ]) {
      await expect(verify(`Bearer ${await sign(claims)}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
  });
});
