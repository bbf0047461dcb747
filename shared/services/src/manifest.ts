/**
 * The one list of the federation's services. Everything that names the subgraphs (settings, `npm start`,
 * the cluster, composition, the gateway, the tests' databases) reads it at run time, and
 * `npm run generate:manifests` writes it into the files that cannot (compose, Dockerfile, MySQL init,
 * Kubernetes, Apollo Router, tsconfig). It imports nothing, so that any package can depend on it.
 */

export interface ServiceManifestEntry {
  /** Service, container and Kubernetes name suffix (`ugf-<name>`). */
  readonly name: string;
  /** Default port, in development (`npm start`) and in every deployment. */
  readonly port: number;
  /** The npm workspace: its folder and its package name. */
  readonly workspace: string;
  readonly package: string;
  /** The compiled entry point, relative to the repository root (`node <entry>`). */
  readonly entry: string;
  /** Prefix of the service's own variables: `<PREFIX>_PORT`, and for a subgraph `<PREFIX>_URL` and `<PREFIX>_DATABASE_URL`. */
  readonly envPrefix: string;
}

export interface SubgraphManifestEntry extends ServiceManifestEntry {
  /** Its MySQL database, and the MySQL user of the same name in compose. */
  readonly database: string;
  /** Kubernetes: a fixed replica count, or `autoscaled` (a HorizontalPodAutoscaler in deploy/kubernetes/base/autoscaling.yaml owns it). */
  readonly replicas: number | 'autoscaled';
}

export const GATEWAY = {
  name: 'gateway',
  port: 4000,
  workspace: 'gateway',
  package: '@ugf/gateway',
  entry: 'gateway/dist/main.js',
  envPrefix: 'GATEWAY',
} as const satisfies ServiceManifestEntry;

export const SUBGRAPHS = [
  {
    name: 'cities',
    port: 4001,
    workspace: 'subgraphs/cities',
    package: '@ugf/cities',
    entry: 'subgraphs/cities/dist/main.js',
    envPrefix: 'CITIES',
    database: 'ugf_cities',
    replicas: 2,
  },
  {
    name: 'initiatives',
    port: 4002,
    workspace: 'subgraphs/initiatives',
    package: '@ugf/initiatives',
    entry: 'subgraphs/initiatives/dist/main.js',
    envPrefix: 'INITIATIVES',
    database: 'ugf_initiatives',
    replicas: 2,
  },
  {
    name: 'indicators',
    port: 4003,
    workspace: 'subgraphs/indicators',
    package: '@ugf/indicators',
    entry: 'subgraphs/indicators/dist/main.js',
    envPrefix: 'INDICATORS',
    database: 'ugf_indicators',
    replicas: 'autoscaled',
  },
  {
    name: 'cases',
    port: 4004,
    workspace: 'subgraphs/cases',
    package: '@ugf/cases',
    entry: 'subgraphs/cases/dist/main.js',
    envPrefix: 'CASES',
    database: 'ugf_cases',
    replicas: 2,
  },
] as const satisfies readonly SubgraphManifestEntry[];

/** The port Prometheus scrapes in production unless METRICS_PORT says otherwise: every service's, each in its own pod or container. */
export const PRODUCTION_METRICS_PORT = 9464;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

/** The gateway first, then the subgraphs in manifest order. */
export const SERVICES: readonly ServiceManifestEntry[] = [GATEWAY, ...SUBGRAPHS];

export function manifestSubgraph(name: string): SubgraphManifestEntry {
  const entry = SUBGRAPHS.find((subgraph) => subgraph.name === name);
  if (!entry) throw new Error(`No subgraph "${name}" in shared/services/src/manifest.ts`);
  return entry;
}

export function manifestService(name: string): ServiceManifestEntry {
  return name === GATEWAY.name ? GATEWAY : manifestSubgraph(name);
}

/** `CITIES_PORT`, `GATEWAY_PORT`: the port `npm start` gives the service. */
export const portVariable = <Prefix extends string>(service: ServiceManifestEntry & { envPrefix: Prefix }) => `${service.envPrefix}_PORT` as const;
/** `CITIES_URL`: the gateway's (and the drop-in gateways') variable for the subgraph's URL. */
export const urlVariable = <Prefix extends string>(subgraph: SubgraphManifestEntry & { envPrefix: Prefix }) => `${subgraph.envPrefix}_URL` as const;
/** `CITIES_DATABASE_URL`: the subgraph's database for `npm start`, and its key in the Kubernetes Secret. */
export const databaseUrlVariable = <Prefix extends string>(subgraph: SubgraphManifestEntry & { envPrefix: Prefix }) => `${subgraph.envPrefix}_DATABASE_URL` as const;
/** `CITIES_DB_PASSWORD`: the password of the subgraph's MySQL user in compose. */
export const databasePasswordVariable = (subgraph: SubgraphManifestEntry) => `${subgraph.envPrefix}_DB_PASSWORD`;
