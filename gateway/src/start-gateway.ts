import fs from 'node:fs';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { Histogram } from 'prom-client';
import {
  apolloSignalOptions,
  type AuthConfig,
  closeServer,
  createApp,
  createLogger,
  createMetrics,
  createTokenVerifier,
  exposeMetrics,
  jsonErrorHandler,
  listen,
  metricsPlugin,
  operationLabeller,
  type ServiceName,
} from '@ugf/runtime';
import { createApolloGateway } from './apollo-gateway';
import { responseCachePlugins } from './cache/response-cache';
import { createSharedCache } from './cache/shared-cache';
import type { GatewayConfig } from './config';
import { createGatewayContext, type GatewayContext } from './context';
import { loadDashboardConfig, serveDashboard } from './dashboard/serve-dashboard';
import { errorReportingPlugin } from './error-reporting';
import { csvExportHandler, jsonExportHandler } from './export/export-route';
import { sdmxExportHandler } from './export/sdmx-export';
import { bulkDownload } from './download/bulk-download';
import { createChangeBus } from './changes/change-bus';
import { createChangeRelay } from './changes/change-relay';
import { changeStream } from './changes/change-stream';
import { citeHandler } from './citation/cite-route';
import { costLimitPlugin } from './security/cost-limit';
import { frontDoor } from './security/front-door';
import { hardenHttp, requestId, requestIdOf } from './security/http-hardening';
import { readListSizes } from './security/list-sizes';
import { operationLimits } from './security/operation-limits';
import { persistedQuerySize } from './security/persisted-query-size';
import { createRateLimiter } from './security/rate-limit';
import { SubgraphDataSource } from './subgraph-data-source';

export interface RunningGateway {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** Large enough for a 5,000-item submission. */
const BODY_LIMIT = '2mb';

/**
 * Serves the committed static supergraph: start-up never depends on a subgraph being up, and a subgraph
 * that is down only fails the parts of a query that need it. Every request is checked in this order:
 * HTTP hardening (headers, CORS, body size), the persisted-query size, the counting limits at the front
 * door, token, full validation, answer cost, rate limit; then it is planned.
 */
export async function startGateway(config: GatewayConfig, auth: AuthConfig): Promise<RunningGateway> {
  const log = createLogger('gateway', config.logLevel);
  const verifyToken = createTokenVerifier(auth, log);
  const metrics = createMetrics('gateway');
  const fetchDuration = new Histogram({
    name: 'subgraph_fetch_duration_seconds',
    help: 'Time of each fetch from a subgraph, by subgraph and outcome (ok, error, breaker_open).',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrics.registry],
  });
  const dataSources: SubgraphDataSource[] = [];
  const supergraphSdl = fs.readFileSync(config.supergraphPath, 'utf8');
  const gateway = createApolloGateway(
    supergraphSdl,
    ({ name, url }) => {
      const dataSource = new SubgraphDataSource(name, config.subgraphUrls[name as ServiceName] ?? (url as string), auth.subgraphSecret, config.resilience, fetchDuration);
      dataSources.push(dataSource);
      return dataSource;
    },
    config.vendorTelemetry,
  );
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((update) => {
    apiSchema = update.apiSchema;
  });
  const limits = operationLimits(config.limits, !config.allowIntrospection);
  const rateLimiter = createRateLimiter(config.rateLimits, log, config.redisUrl);
  const sharedCache = createSharedCache(config.redisUrl, config.cacheMaxMegabytes, config.cacheNamespace);

  const changeBus = createChangeBus(config.redisUrl, `${config.cacheNamespace}:changes`, log);
  // eslint-disable-next-line prefer-const -- the relay's plugin is given to the server it reads through
  let apollo: ApolloServer<GatewayContext>;
  const changeRelay = createChangeRelay(() => apollo, changeBus, log);

  const app = createApp();
  // Behind a load balancer the peer is the balancer: trusted ones say who the client is (rate limits, logs).
  app.set('trust proxy', config.trustedProxies);
  const httpServer = http.createServer(app);
  httpServer.requestTimeout = 30_000;
  httpServer.headersTimeout = 10_000;
  apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.allowIntrospection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    ...apolloSignalOptions(),
    parseOptions: { maxTokens: config.limits.maxTokens },
    // Automatic persisted queries (and the response cache) live here: in Redis when configured, shared by replicas.
    cache: sharedCache.cache,
    persistedQueries: { cache: sharedCache.cache, ttl: config.persistedQueries.ttlSeconds },
    validationRules: limits.validationRules,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Browsers get the offline GraphiQL page (serveDashboard) instead of Apollo's CDN-loaded landing page.
      ApolloServerPluginLandingPageDisabled(),
      ...(config.vendorTelemetry ? [] : [ApolloServerPluginUsageReportingDisabled()]),
      ...limits.plugins,
      costLimitPlugin(readListSizes(supergraphSdl), config.limits.maxCost),
      rateLimiter.plugin,
      ...(config.responseCache ? responseCachePlugins(sharedCache.cache) : []),
      errorReportingPlugin(log, config.production),
      metricsPlugin(metrics, operationLabeller(config.metricsOperationNames)),
      changeRelay.plugin,
    ],
  });
  await apollo.start();

  const dashboard = loadDashboardConfig();
  hardenHttp(app, { ...config, identityProviderOrigin: dashboard.signIn && new URL(dashboard.signIn.authority).origin });
  app.use(requestId);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway', pid: process.pid });
  });
  // The supergraph is static and loaded: once listening, the gateway can serve.
  app.get('/ready', (_req, res) => {
    res.json({ status: 'ready', service: 'gateway', pid: process.pid });
  });
  const metricsServer = await exposeMetrics(app, metrics, config.metrics, 'gateway');
  const contextOf = (req: express.Request) => createGatewayContext(verifyToken, { authorization: req.headers.authorization, clientAddress: req.ip, requestId: requestIdOf(req.res) });
  const stream = changeStream(changeBus, changeRelay);
  app.get('/changes/stream', stream.handler);
  app.get('/cite', citeHandler(apollo, contextOf));
  app.get('/export/sdmx.csv', sdmxExportHandler(apollo, contextOf));
  const download = bulkDownload(apollo, config.downloadDir, log);
  app.get('/download', download.index);
  app.get('/download/:file', download.file);
  app.get('/export/:name.csv', csvExportHandler(apollo, contextOf));
  app.get('/export/:name.json', jsonExportHandler(apollo, contextOf));
  serveDashboard(app, dashboard);
  const graphqlHandlers = [
    express.json({ limit: BODY_LIMIT }),
    persistedQuerySize(config.persistedQueries.maxQueryBytes),
    frontDoor({
      rules: limits.validationRules,
      maxTokens: config.limits.maxTokens,
      maxLength: config.limits.maxQueryLength,
      schema: () => apiSchema,
      onRefusal: (reason) => metrics.refusals.inc({ reason }),
    }),
    expressMiddleware(apollo, { context: ({ req }) => contextOf(req) }),
  ];
  // An answer to a POST is never revalidated, so it gets no ETag (a SHA-1 of the whole answer): POSTs are
  // answered by a mounted app whose one own setting is that; GETs, which a browser may revalidate, keep theirs.
  const postAnswers = createApp();
  postAnswers.set('etag', false);
  postAnswers.use((req, _res, next) => next(req.method === 'POST' ? undefined : 'router'), ...graphqlHandlers);
  app.use(['/', '/graphql'], postAnswers, ...graphqlHandlers);
  app.use(jsonErrorHandler(BODY_LIMIT));

  const port = await listen(httpServer, config.port, config.host, 'gateway').catch(async (error) => {
    await apollo.stop();
    await changeBus.close();
    await metricsServer.close();
    await rateLimiter.close();
    await sharedCache.close();
    throw error;
  });
  const url = `http://localhost:${port}/`;
  log.info({ url, subgraphs: config.subgraphUrls, production: config.production }, 'gateway ready');
  return {
    port,
    url,
    async stop() {
      stream.close();
      await apollo.stop();
      await changeBus.close();
      if (httpServer.listening) await closeServer(httpServer);
      await metricsServer.close();
      await rateLimiter.close();
      await sharedCache.close();
      for (const dataSource of dataSources) dataSource.shutdown();
    },
  };
}
