import type { GatewayCLIConfig } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
// The manifest and the settings alone (shared's index would load its server code); with their extension, as the Hive CLI loads this file as ESM.
import { loadSettings } from '@ugf/runtime/dist/config/settings-schema.js';
import { SUBGRAPHS as MANIFEST_SUBGRAPHS, urlVariable } from '@ugf/services/dist/manifest.js';

/** The subgraphs of the manifest (and so of `gateway/supergraph.graphql`); each one's URL comes from `<PREFIX>_URL` as in our gateway. */
export const SUBGRAPHS = MANIFEST_SUBGRAPHS.map((subgraph) => subgraph.name);

/** The header our subgraphs require of their gateway (shared/runtime/src/auth/subgraph-secret.ts). */
export const SUBGRAPH_SECRET_HEADER = 'x-subgraph-secret';

/** Headers of the caller that reach every subgraph: the bearer token (verified again there) and the request id. */
export const FORWARDED_HEADERS = ['authorization', 'x-request-id'] as const;

/** HIVE_ROUTER_RUNTIME is this drop-in's own switch, none of our services' settings. */
const flag = (value: string | undefined) => (value === undefined ? undefined : /^(1|true|yes|on)$/i.test(value));

/**
 * Hive Gateway in place of our gateway, configured from the same settings (checked and read by the same schema): the committed
 * supergraph (`SUPERGRAPH_PATH`), the subgraph URLs (`CITIES_URL`, …; the supergraph's URLs when unset), the
 * subgraph secret added to every subgraph request, the caller's `authorization` forwarded, CORS from
 * `CORS_ORIGINS`, depth and token limits from `MAX_DEPTH` and `MAX_TOKENS`, and no introspection or field
 * suggestions in production unless `ALLOW_INTROSPECTION=true`. It serves GraphQL at `/graphql`, `GET /health`
 * and `GET /ready` on `PORT` (read by the CLI itself); the CSV exports and per-caller rate limits are our
 * gateway's own and are not here.
 *
 * It plans queries with the Hive Router runtime (Rust query planner) unless `HIVE_ROUTER_RUNTIME=false`:
 * Hive Gateway 2.15's default JavaScript planner refuses some of the example queries of docs/examples (SATISFIABILITY_ERROR)
 * and answers `BestPracticeCase.impact` with null. The benchmark measures both.
 */
export function hiveGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayCLIConfig {
  const settings = loadSettings(env);
  const secret = settings.SUBGRAPH_SECRET;
  if (!secret) throw new Error('SUBGRAPH_SECRET is not set: the subgraphs refuse every request without it');
  const production = settings.NODE_ENV === 'production';
  const introspection = settings.ALLOW_INTROSPECTION ?? !production;
  const origins = settings.CORS_ORIGINS;

  const transportEntries: NonNullable<GatewayCLIConfig['transportEntries']> = {};
  for (const subgraph of MANIFEST_SUBGRAPHS) {
    const location = settings[urlVariable(subgraph)];
    if (location) transportEntries[subgraph.name] = { location };
  }

  return {
    supergraph: settings.SUPERGRAPH_PATH ?? 'gateway/supergraph.graphql',
    ...((flag(env.HIVE_ROUTER_RUNTIME) ?? true) ? { unifiedGraphHandler } : {}),
    transportEntries,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const headers: Record<string, string> = { [SUBGRAPH_SECRET_HEADER]: secret };
        for (const name of FORWARDED_HEADERS) {
          const value = request.headers.get(name);
          if (value) headers[name] = value;
        }
        return headers;
      },
    },
    cors: origins.length > 0 ? { origin: origins, credentials: true } : production ? false : undefined,
    // Present (even empty) turns Hive Gateway's introspection blocking on.
    disableIntrospection: introspection ? undefined : {},
    blockFieldSuggestions: !introspection,
    maxDepth: settings.MAX_DEPTH,
    maxTokens: settings.MAX_TOKENS,
    upstreamTimeout: settings.SUBGRAPH_TIMEOUT_MS,
    healthCheckEndpoint: '/health',
    readinessCheckEndpoint: '/ready',
    landingPage: false,
    graphiql: !production,
  };
}
