import path from 'node:path';
import { DEFAULT_PORTS, isProduction, loadMetricsExposure, loadSettings, type MetricsExposure, type ServiceName, type Settings, type TrustedProxies } from '@ugf/runtime';
import { SUBGRAPHS, urlVariable } from '@ugf/services';

export interface GatewayConfig {
  host: string;
  port: number;
  supergraphPath: string;
  /** Subgraph URLs that replace the ones in the committed supergraph (free ports in tests, service names in compose). */
  subgraphUrls: Partial<Record<ServiceName, string>>;
  logLevel: string;
  production: boolean;
  /** Browser origins allowed by CORS; in development any http://localhost or 127.0.0.1 port is also allowed. */
  corsOrigins: string[];
  allowIntrospection: boolean;
  limits: OperationLimits;
  rateLimits: RateLimits;
  /** Shared rate-limit counts, response cache and persisted queries for gateway replicas; in memory when absent. */
  redisUrl?: string;
  /** Peers whose X-Forwarded-For names the client (TRUST_PROXY); false: the peer is the client. */
  trustedProxies: TrustedProxies;
  /** Cache answers to anonymous queries (see cache/response-cache.ts). */
  responseCache: boolean;
  /** Size bound of the in-memory cache (response cache and persisted queries). */
  cacheMaxMegabytes: number;
  /** Prefix of the cache's Redis keys: deployments sharing one Redis keep apart by it. */
  cacheNamespace: string;
  resilience: { timeoutMs: number; resetMs: number; dedupeQueries: boolean };
  metrics: MetricsExposure;
  /** Operation names counted by name in the metrics besides the project's own clients'. */
  metricsOperationNames: string[];
  /** Automatic persisted queries: how long one is kept, and the longest query text that may be stored. */
  persistedQueries: { ttlSeconds: number; maxQueryBytes: number };
  /** Where the bulk download files are built and kept. */
  downloadDir: string;
  /** @apollo/gateway's usage report to Apollo and Apollo Server's usage reporting; off unless the operator turns it on. */
  vendorTelemetry: boolean;
}

/** Refused before planning, so a refused operation never reaches a subgraph. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Characters of query text; a longer one is refused before it is parsed. */
  maxQueryLength: number;
  /** The most objects an answer may hold, each list counted at its bound (see security/answer-cost.ts). */
  maxCost: number;
}

/** Operations per caller (token subject, else client address) per minute. */
export interface RateLimits {
  readsPerMinute: number;
  writesPerMinute: number;
}

function corsOrigins(settings: Settings): string[] {
  const origins = settings.CORS_ORIGINS;
  if (isProduction(settings) && origins.some((origin) => origin.includes('*'))) {
    throw new Error('CORS_ORIGINS may not contain a wildcard in production: list the dashboard origins, e.g. https://dashboard.example.org');
  }
  return origins;
}

export const DEFAULT_SUPERGRAPH_PATH = path.resolve(__dirname, '../supergraph.graphql');

export function loadGatewayConfig(settings: Settings = loadSettings()): GatewayConfig {
  const subgraphUrls: Partial<Record<ServiceName, string>> = {};
  for (const subgraph of SUBGRAPHS) {
    const url = settings[urlVariable(subgraph)];
    if (url) subgraphUrls[subgraph.name] = url;
  }
  return {
    host: settings.HOST,
    port: settings.PORT ?? DEFAULT_PORTS.gateway,
    supergraphPath: settings.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH_PATH,
    subgraphUrls,
    logLevel: settings.LOG_LEVEL,
    production: isProduction(settings),
    corsOrigins: corsOrigins(settings),
    allowIntrospection: settings.ALLOW_INTROSPECTION ?? !isProduction(settings),
    limits: {
      maxDepth: settings.MAX_DEPTH,
      maxAliases: settings.MAX_ALIASES,
      maxDirectives: settings.MAX_DIRECTIVES,
      maxTokens: settings.MAX_TOKENS,
      maxQueryLength: settings.MAX_QUERY_LENGTH,
      maxCost: settings.MAX_COST,
    },
    rateLimits: {
      readsPerMinute: settings.RATE_LIMIT_READS_PER_MINUTE,
      writesPerMinute: settings.RATE_LIMIT_WRITES_PER_MINUTE,
    },
    redisUrl: settings.REDIS_URL,
    trustedProxies: settings.TRUST_PROXY,
    responseCache: settings.RESPONSE_CACHE,
    cacheMaxMegabytes: settings.RESPONSE_CACHE_MAX_MB,
    cacheNamespace: settings.CACHE_NAMESPACE,
    resilience: {
      timeoutMs: settings.SUBGRAPH_TIMEOUT_MS,
      resetMs: settings.SUBGRAPH_BREAKER_RESET_MS,
      dedupeQueries: settings.SUBGRAPH_DEDUPE_QUERIES,
    },
    metrics: loadMetricsExposure(settings),
    metricsOperationNames: settings.METRICS_OPERATION_NAMES,
    persistedQueries: {
      ttlSeconds: settings.PERSISTED_QUERY_TTL_SECONDS,
      maxQueryBytes: settings.PERSISTED_QUERY_MAX_BYTES,
    },
    downloadDir: settings.DOWNLOAD_DIR ?? path.join(settings.DATA_DIR, 'downloads'),
    vendorTelemetry: settings.VENDOR_TELEMETRY,
  };
}
