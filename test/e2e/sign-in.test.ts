/// <reference lib="dom" />
// The Submit page signing in through a real OpenID Connect provider (oidc-provider and its development
// login page), with the authorization code flow and PKCE, then submitting as the signed-in city editor.
import { findFreePort } from '@ugf/tools';
import type { Browser, Page } from 'playwright-core';
import { startIdentityProvider, type TestIdentityProvider } from '../helpers/identity-provider';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { launchBrowser, watchedPage, type WatchedPage } from './browser';

const AUDIENCE = 'https://api.ugf.test';

describe('signing in on the Submit page through the identity provider', () => {
  let system: TestStack;
  let provider: TestIdentityProvider;
  let browser: Browser;
  let base: string;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    const port = await findFreePort();
    const issuer = `http://127.0.0.1:${port}`;
    [system, browser] = await Promise.all([
      startTestStack({ OIDC_ISSUER_URL: issuer, JWT_AUDIENCE: AUDIENCE, DASHBOARD_OIDC_CLIENT_ID: 'ugf-dashboard', DASHBOARD_OIDC_SCOPE: 'openid api', OIDC_JWKS_COOLDOWN: '0' }),
      launchBrowser(),
    ]);
    base = new URL('/dashboard/', system.stack.gatewayUrl).toString();
    // Started after the stack: the redirect URI names the gateway's port. The services retry discovery on the first token.
    provider = await startIdentityProvider([], {
      port,
      browserClients: [{ id: 'ugf-dashboard', redirectUri: `${base}submit` }],
      accounts: { 'sz-editor': { role: 'city_editor', city: 'shenzhen' } },
      defaultResource: AUDIENCE,
    });
    watched = await watchedPage(browser);
    // oidc-provider's development pages link a web font: nothing leaves this machine.
    await watched.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => route.abort());
    page = watched.page;
  }, 120_000);
  afterAll(async () => {
    await watched?.close();
    await browser?.close();
    await provider?.stop();
    await system?.stop();
  }, 60_000);

  it('signs in with the code flow and PKCE instead of asking for a token, and submits as the signed-in editor', async () => {
    await page.goto(`${base}submit`);
    await page.locator('[data-testid=sign-in]').click();
    await page.waitForSelector('input[name=login]');
    await page.locator('input[name=login]').fill('sz-editor');
    await page.locator('input[name=password]').fill('any password');
    await page.locator('button[type=submit]').click();
    // oidc-provider's development consent page.
    await page.locator('button[type=submit]', { hasText: 'Continue' }).click();

    await page.waitForSelector('[data-testid=sign-out]');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('[data-testid=token-claims]').textContent()).toContain('sz-editor (city_editor, shenzhen)');
    expect(await page.locator('[data-testid=token-input]').count()).toBe(0);

    const csv = ['city_id,indicator_code,period,value,source', 'shenzhen,HOTLINE_SATISFACTION_RATE,2025,92.5,Shenzhen 12345 hotline survey 2025'].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'signed-in.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('[data-testid=submit-button]').click();
    await page.waitForSelector('[data-testid=submit-result]');
    // Read back with the page's own access token: a signed-in reader sees who wrote each revision.
    const accessToken = await page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'));
      return key ? ((JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token ?? '') : '';
    });
    expect(accessToken).not.toBe('');
    const stored = await system.query<{ city: { observations: { nodes: unknown[] } } }>(
      '{ city(id: "shenzhen") { observations(indicatorCode: "HOTLINE_SATISFACTION_RATE", period: "2025") { nodes { value revisions { author } } } } }',
      undefined,
      accessToken,
    );
    expect(stored.data?.city.observations.nodes).toEqual([{ value: 92.5, revisions: [{ author: 'sz-editor' }] }]);

    await page.locator('[data-testid=sign-out]').click();
    await page.waitForSelector('[data-testid=sign-in]');
    // What the dashboard logged; the provider's own pages are not under test.
    expect(watched.errors.filter((error) => error.includes(new URL(base).origin) || error.startsWith('exception'))).toEqual([]);
  });
});
