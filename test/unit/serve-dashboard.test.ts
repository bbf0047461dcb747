import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { loadSettings } from '@ugf/runtime';
import { loadDashboardConfig as dashboardConfigOf, serveDashboard, withFrameAncestors, type DashboardConfig } from '../../gateway/src/dashboard/serve-dashboard';

const loadDashboardConfig = (env: NodeJS.ProcessEnv) => dashboardConfigOf(loadSettings(env));

/** The dashboard routes on a bare express app, with a GraphQL stand-in behind them. */
async function serve(config: DashboardConfig) {
  const app = express();
  serveDashboard(app, config);
  app.use(['/', '/graphql'], (_req, res) => {
    res.json({ graphql: true });
  });
  const server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('serving the dashboard and the offline GraphQL IDE', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-dashboard-'));
  beforeAll(() => {
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<html>dashboard</html>');
    fs.writeFileSync(path.join(dir, 'graphiql.html'), '<html>graphiql</html>');
    fs.writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is on in development and off in production unless GRAPHQL_IDE=true', () => {
    expect(loadDashboardConfig({}).ide).toBe(true);
    expect(loadDashboardConfig({ NODE_ENV: 'production' }).ide).toBe(false);
    expect(loadDashboardConfig({ NODE_ENV: 'production', GRAPHQL_IDE: 'true' }).ide).toBe(true);
    expect(loadDashboardConfig({ GRAPHQL_IDE: 'off' }).ide).toBe(false);
    expect(() => loadDashboardConfig({ GRAPHQL_IDE: 'maybe' })).toThrow(/GRAPHQL_IDE/);
  });

  it('answers a browser at the GraphQL URL with GraphiQL, and GraphQL clients with GraphQL', async () => {
    const { base, close } = await serve({ dir, ide: true, embedFrameAncestors: [] });
    try {
      for (const url of [`${base}/`, `${base}/graphql`]) {
        const browser = await fetch(url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
        expect(await browser.text()).toContain('graphiql');
        const client = await fetch(url, { headers: { accept: '*/*' } });
        expect(await client.json()).toEqual({ graphql: true });
        const getQuery = await fetch(`${url}?query=%7B__typename%7D`, { headers: { accept: 'text/html' } });
        expect(await getQuery.json()).toEqual({ graphql: true });
      }
    } finally {
      await close();
    }
  });

  it('serves the dashboard at /dashboard and every page path under it, with immutable assets', async () => {
    const { base, close } = await serve({ dir, ide: false, embedFrameAncestors: [] });
    try {
      for (const page of ['/dashboard', '/dashboard/', '/dashboard/indicator', '/dashboard/city?id=chengdu']) {
        const response = await fetch(`${base}${page}`);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('dashboard');
      }
      const asset = await fetch(`${base}/dashboard/assets/app-1234.js`);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect((await fetch(`${base}/dashboard/assets/missing.js`)).status).toBe(404);
      // IDE off: the browser reaches GraphQL (Apollo answers it as any GET).
      expect(await (await fetch(`${base}/`, { headers: { accept: 'text/html' } })).json()).toEqual({ graphql: true });
    } finally {
      await close();
    }
  });

  it('says how to build the dashboard when it is not built', async () => {
    const { base, close } = await serve({ dir: path.join(dir, 'nothing'), ide: true, embedFrameAncestors: [] });
    try {
      const response = await fetch(`${base}/dashboard/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run dashboard:build');
    } finally {
      await close();
    }
  });

  it('tells the dashboard where to sign in when the identity provider and its client are configured, and nothing otherwise', async () => {
    const issuer = 'https://id.example.gov.cn/realms/ugf';
    const configured = loadDashboardConfig({ DASHBOARD_DIR: dir, OIDC_ISSUER_URL: issuer, DASHBOARD_OIDC_CLIENT_ID: 'ugf-dashboard' });
    for (const [config, expected] of [
      [configured, { authority: issuer, clientId: 'ugf-dashboard', scope: 'openid profile' }],
      [loadDashboardConfig({ DASHBOARD_DIR: dir, OIDC_ISSUER_URL: issuer }), null],
      [loadDashboardConfig({ DASHBOARD_DIR: dir, DASHBOARD_OIDC_CLIENT_ID: 'ugf-dashboard' }), null],
    ] as const) {
      const { base, close } = await serve(config);
      try {
        const response = await fetch(`${base}/dashboard/config.json`);
        expect(response.headers.get('content-type')).toMatch(/application\/json/);
        expect(await response.json()).toEqual({ signIn: expected });
      } finally {
        await close();
      }
    }
  });
});

describe('the frame-ancestors of the embeddable chart', () => {
  it("replaces the policy's own directive, keeps the others, and stands alone without a policy", () => {
    expect(withFrameAncestors("default-src 'self';frame-ancestors 'self';img-src 'self' data:", ["'self'", 'https://news.example.org'])).toBe(
      "default-src 'self';img-src 'self' data:;frame-ancestors 'self' https://news.example.org",
    );
    expect(withFrameAncestors(undefined, ["'self'"])).toBe("frame-ancestors 'self'");
  });
});
