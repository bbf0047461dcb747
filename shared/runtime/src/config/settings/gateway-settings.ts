import { SUBGRAPHS, urlVariable } from '@ugf/services';
import { commaList, filePath, flag, httpUrl, text, wholeNumber } from './setting-forms';
import { eachOf, section, setting } from './setting';

const BY_ENVIRONMENT = '`true` in development, `false` in production';

export const gatewaySettings = section('The gateway (`node gateway/dist/main.js`)', {
  SUPERGRAPH_PATH: setting(filePath, { description: 'the supergraph to serve', unset: '`gateway/supergraph.graphql`' }),
  ...eachOf(
    SUBGRAPHS,
    (subgraph) => urlVariable(subgraph),
    (subgraph) =>
      setting(httpUrl, {
        description: `where the gateway finds the ${subgraph.name} subgraph`,
        unset: `the URL in \`supergraph.graphql\` (\`http://localhost:${subgraph.port}/graphql\`)`,
        example: `http://localhost:${subgraph.port}/graphql`,
      }),
  ),
  CORS_ORIGINS: setting(commaList('origins separated by commas'), {
    description: 'browser origins allowed by CORS; no wildcard in production (development also allows any `http://localhost` or `127.0.0.1` port)',
    default: [],
    shown: 'none',
    example: 'https://dashboard.example.org',
  }),
  ALLOW_INTROSPECTION: setting(flag, { description: 'schema introspection and field suggestions', unset: BY_ENVIRONMENT }),
  GRAPHQL_IDE: setting(flag, { description: 'serve the offline GraphiQL page to browsers at the GraphQL URL', unset: BY_ENVIRONMENT }),
  DOWNLOAD_DIR: setting(filePath, {
    description: 'folder where the gateway keeps the bulk download files it builds (each data version once; older ones are removed)',
    unset: '`$DATA_DIR/downloads`',
    example: './data/downloads',
  }),
  DASHBOARD_DIR: setting(filePath, { description: 'the built dashboard served at `/dashboard` (and the GraphiQL page)', unset: '`dashboard/dist`' }),
  EMBED_FRAME_ANCESTORS: setting(commaList('origins separated by commas', { pattern: /^https?:\/\/[\w.-]+(:\d{1,5})?$/, problem: 'must be origins (scheme, host and port) separated by commas' }), {
    description: 'origins whose pages may put the embeddable chart (`/dashboard/embed`) in an iframe, besides this one; the rest of the dashboard is never framed by another origin',
    default: [],
    shown: 'none',
    example: 'https://news.example.org,https://stats.example.gov',
  }),
  DASHBOARD_OIDC_CLIENT_ID: setting(text, {
    description: "with `OIDC_ISSUER_URL`, the dashboard's Submit page signs in at the identity provider as this client (code flow with PKCE) instead of taking a pasted token",
    example: 'ugf-dashboard',
  }),
  DASHBOARD_OIDC_SCOPE: setting(text, { description: 'scopes the dashboard asks for when it signs in', default: 'openid profile' }),
  VENDOR_TELEMETRY: setting(flag, {
    description:
      "`true` lets `@apollo/gateway` report usage to Apollo every hour and enables Apollo Server's usage reporting; off, the gateway connects only to its subgraphs, Redis and identity provider",
    default: false,
  }),
  SUBGRAPH_TIMEOUT_MS: setting(wholeNumber(100, 600_000), { description: 'milliseconds a subgraph may take to answer', default: 10_000 }),
  SUBGRAPH_BREAKER_RESET_MS: setting(wholeNumber(100, 3_600_000), { description: "milliseconds a failing subgraph's circuit breaker waits before trying it again", default: 10_000 }),
  SUBGRAPH_DEDUPE_QUERIES: setting(flag, { description: 'identical concurrent queries share one subgraph fetch', default: true }),
});
