import path from 'node:path';
import {
  DEFAULT_PORTS,
  envBool,
  envInt,
  envString,
  isProduction,
  loadMetricsExposure,
  type MetricsExposure,
  parseOperationNames,
  parseTrustedProxies,
  SERVICE_NAMES,
  subgraphUrlVariable,
  type ServiceName,
  type TrustedProxies,
} from '@ugf/runtime';

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

function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  const origins = (envString(env, 'CORS_ORIGINS') ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  if (isProduction(env) && origins.some((origin) => origin === '*' || origin.includes('*'))) {
    throw new Error('CORS_ORIGINS may not contain a wildcard in production: list the dashboard origins, e.g. https://dashboard.example.org');
  }
  return origins;
}

export const DEFAULT_SUPERGRAPH_PATH = path.resolve(__dirname, '../supergraph.graphql');

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const subgraphUrls: Partial<Record<ServiceName, string>> = {};
  for (const name of SERVICE_NAMES) {
    const url = envString(env, subgraphUrlVariable(name));
    if (url) subgraphUrls[name] = url;
  }
  return {
    host: envString(env, 'HOST', '0.0.0.0'),
    port: envInt(env, 'PORT', DEFAULT_PORTS.gateway),
    supergraphPath: path.resolve(envString(env, 'SUPERGRAPH_PATH', DEFAULT_SUPERGRAPH_PATH)),
    subgraphUrls,
    logLevel: envString(env, 'LOG_LEVEL', 'info'),
    production: isProduction(env),
    corsOrigins: corsOrigins(env),
    allowIntrospection: envBool(env, 'ALLOW_INTROSPECTION', !isProduction(env)),
    limits: {
      maxDepth: envInt(env, 'MAX_DEPTH', 12),
      maxAliases: envInt(env, 'MAX_ALIASES', 30),
      maxDirectives: envInt(env, 'MAX_DIRECTIVES', 20),
      maxTokens: envInt(env, 'MAX_TOKENS', 10_000),
      maxQueryLength: envInt(env, 'MAX_QUERY_LENGTH', 50_000),
      maxCost: envInt(env, 'MAX_COST', 100_000),
    },
    rateLimits: {
      readsPerMinute: envInt(env, 'RATE_LIMIT_READS_PER_MINUTE', 600),
      writesPerMinute: envInt(env, 'RATE_LIMIT_WRITES_PER_MINUTE', 60),
    },
    redisUrl: envString(env, 'REDIS_URL'),
    trustedProxies: parseTrustedProxies(envString(env, 'TRUST_PROXY')) ?? false,
    responseCache: envBool(env, 'RESPONSE_CACHE', true),
    cacheMaxMegabytes: envInt(env, 'RESPONSE_CACHE_MAX_MB', 64),
    cacheNamespace: envString(env, 'CACHE_NAMESPACE', 'ugf-gateway'),
    resilience: {
      timeoutMs: envInt(env, 'SUBGRAPH_TIMEOUT_MS', 10_000),
      resetMs: envInt(env, 'SUBGRAPH_BREAKER_RESET_MS', 10_000),
      dedupeQueries: envBool(env, 'SUBGRAPH_DEDUPE_QUERIES', true),
    },
    metrics: loadMetricsExposure(env),
    metricsOperationNames: parseOperationNames(envString(env, 'METRICS_OPERATION_NAMES')),
    persistedQueries: {
      ttlSeconds: envInt(env, 'PERSISTED_QUERY_TTL_SECONDS', 86_400),
      maxQueryBytes: envInt(env, 'PERSISTED_QUERY_MAX_BYTES', 20_000),
    },
    vendorTelemetry: envBool(env, 'VENDOR_TELEMETRY', false),
  };
}
