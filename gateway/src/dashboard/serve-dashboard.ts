import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { isProduction, loadSettings, type Settings } from '@ugf/runtime';

/** Where `npm run dashboard:build` (part of `npm run build`) writes the dashboard and the GraphiQL page. */
export const DEFAULT_DASHBOARD_DIR = path.resolve(__dirname, '../../../dashboard/dist');

/** The dashboard's sign-in through the identity provider: authorization code flow with PKCE, a public client. */
export interface DashboardSignIn {
  authority: string;
  clientId: string;
  scope: string;
}

export interface DashboardConfig {
  /** The built dashboard (`dashboard/dist`): `index.html`, `graphiql.html` and `assets/`. */
  dir: string;
  /** Serve GraphiQL to browsers at the GraphQL URL: on in development, off in production unless GRAPHQL_IDE=true. */
  ide: boolean;
  /** Set when OIDC_ISSUER_URL and DASHBOARD_OIDC_CLIENT_ID are: the Submit page signs in instead of taking a pasted token. */
  signIn?: DashboardSignIn;
  /** Origins besides this one whose pages may frame the embeddable chart (EMBED_FRAME_ANCESTORS). */
  embedFrameAncestors: string[];
}

export function loadDashboardConfig(settings: Settings = loadSettings()): DashboardConfig {
  const authority = settings.OIDC_ISSUER_URL;
  const clientId = settings.DASHBOARD_OIDC_CLIENT_ID;
  return {
    dir: settings.DASHBOARD_DIR ?? DEFAULT_DASHBOARD_DIR,
    ide: settings.GRAPHQL_IDE ?? !isProduction(settings),
    embedFrameAncestors: settings.EMBED_FRAME_ANCESTORS,
    ...(authority && clientId ? { signIn: { authority, clientId, scope: settings.DASHBOARD_OIDC_SCOPE } } : {}),
  };
}

/** A browser navigating to the URL (Accept: text/html first), not a GraphQL client sending a GET query. */
function wantsHtml(req: express.Request): boolean {
  return req.method === 'GET' && req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html';
}

function notBuilt(res: express.Response, file: string): void {
  res.status(503).type('text/plain; charset=utf-8').send(`The dashboard is not built (${file} is missing). Run "npm run dashboard:build" (part of "npm start" and "npm run build").\n`);
}

/** The policy with its `frame-ancestors` directive set to `sources` (added when it has none; the policy alone when there is none). */
export function withFrameAncestors(policy: string | number | string[] | undefined, sources: readonly string[]): string {
  const directive = `frame-ancestors ${sources.join(' ')}`;
  const others =
    typeof policy === 'string'
      ? policy
          .split(';')
          .map((part) => part.trim())
          .filter((part) => part && !part.startsWith('frame-ancestors'))
      : [];
  return [...others, directive].join(';');
}

/**
 * Mounts the built dashboard at /dashboard (the selection lives in the URL, so every /dashboard/... path
 * answers the app, which reads it) and, when enabled, the offline GraphiQL page at `graphqlPaths` for
 * browsers. Everything is served from this project's own files: no CDN.
 */
export function serveDashboard(app: express.Express, config: DashboardConfig, graphqlPaths: string[] = ['/', '/graphql']): void {
  const indexFile = path.join(config.dir, 'index.html');
  const ideFile = path.join(config.dir, 'graphiql.html');
  // Built assets carry a content hash in their name, so they may be cached for good.
  // What the built dashboard cannot know: whether and where to sign in.
  app.get('/dashboard/config.json', (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.json({ signIn: config.signIn ?? null });
  });
  app.use('/dashboard/assets', express.static(path.join(config.dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  app.use('/dashboard', express.static(config.dir, { index: false, redirect: false }));
  // The chart-only page may be framed by the configured origins: its own frame-ancestors, without X-Frame-Options.
  app.get(['/dashboard/embed', '/dashboard/embed/'], (_req, res) => {
    if (!fs.existsSync(indexFile)) return notBuilt(res, indexFile);
    res.removeHeader('X-Frame-Options');
    res.setHeader('Content-Security-Policy', withFrameAncestors(res.getHeader('Content-Security-Policy'), ["'self'", ...config.embedFrameAncestors]));
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexFile);
  });
  app.get(['/dashboard', '/dashboard/{*rest}'], (_req, res) => {
    if (!fs.existsSync(indexFile)) return notBuilt(res, indexFile);
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexFile);
  });
  if (!config.ide) return;
  app.get(graphqlPaths, (req, res, next) => {
    if (!wantsHtml(req)) return next();
    if (!fs.existsSync(ideFile)) return notBuilt(res, ideFile);
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(ideFile);
  });
}
