import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AuthConfig } from '../auth/auth-config';
import { SUBGRAPH_SECRET_HEADER, secretMatches } from '../auth/subgraph-secret';
import { createTokenVerifier } from '../auth/token-verifier';
import type { ServiceConfig } from '../config/service-config';
import { isConnectionFailure } from '../database/connection-failure';
import { DatabaseConnection } from '../database/database-connection';
import { createDataSource } from '../database/datasource';
import { ensureMysqlDatabase } from '../database/ensure-mysql-database';
import { SqlLogger } from '../database/sql-logger';
import { buildFederatedSchema } from '../graphql/build-federated-schema';
import { dataChangesPlugin } from '../graphql/data-changes';
import { apiError, ErrorCode } from '../graphql/errors';
import { keepInputRefusalCode } from '../graphql/input-refusal-code';
import { attachObjectBudget, countListsAgainstBudget } from '../graphql/object-budget';
import { createLogger, type Logger } from '../logging/logger';
import { apolloSignalOptions } from '../tracing/tracing-state';
import { errorLoggingPlugin } from '../observability/error-logging';
import { operationLabeller } from '../observability/known-operations';
import { createMetrics, metricsPlugin, registerDatabaseMetrics } from '../observability/metrics';
import { exposeMetrics } from '../observability/metrics-exposure';
import { cachePolicyPlugins } from './cache-policy';
import { closeServer, createApp, jsonErrorHandler, listen } from './http-server';
import type { SubgraphDefinition } from './subgraph-definition';

export interface RunningService {
  name: string;
  port: number;
  url: string;
  stop(): Promise<void>;
}

export function buildSubgraphSchemaOf<C>(definition: SubgraphDefinition<C>): Promise<GraphQLSchema> {
  return buildFederatedSchema<C>({ resolvers: definition.resolvers, orphanedTypes: definition.orphanedTypes, validate: false }, definition.referenceResolvers);
}

/** Opens the database, brings its schema up to date through migrations and loads the seed data. */
export async function openDatabase<C>(
  definition: SubgraphDefinition<C>,
  config: Pick<ServiceConfig, 'databaseUrl' | 'sqlitePath' | 'seed' | 'seedSample'> & { createDatabase?: boolean },
  log: Logger,
  sqlLogger = new SqlLogger(log),
): Promise<DataSource> {
  if (config.createDatabase && config.databaseUrl) await ensureMysqlDatabase(config.databaseUrl);
  const db = createDataSource({
    databaseUrl: config.databaseUrl,
    sqlitePath: config.sqlitePath,
    entities: definition.entities,
    migrations: definition.migrations,
    logger: sqlLogger,
  });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    if (config.seed) await definition.seed(db, log, { sample: config.seedSample });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/** Large enough for a 5,000-item submission, small enough to refuse abuse. */
const BODY_LIMIT = '5mb';

/**
 * Starts one subgraph: an HTTP server with `POST /graphql` (only for callers that present the subgraph
 * secret, i.e. a gateway), `GET /health` (process is up), `GET /ready` (database answers) and
 * `GET /metrics`. The caller's bearer token, forwarded by the gateway, is verified again here. The database
 * is opened in the background when it is not reachable at start-up; until then GraphQL answers
 * SERVICE_UNAVAILABLE, as it does for queries that lose the connection later.
 */
export async function startSubgraph<C extends object>(definition: SubgraphDefinition<C>, config: ServiceConfig, auth: AuthConfig): Promise<RunningService> {
  const log = createLogger(definition.name, config.logLevel);
  const verifyToken = createTokenVerifier(auth, log);
  const sqlLogger = new SqlLogger(log);
  const database = new DatabaseConnection(() => openDatabase(definition, config, log, sqlLogger), log);
  await database.start();
  const schema = countListsAgainstBudget(await buildSubgraphSchemaOf(definition));
  const unavailable = () => apiError(ErrorCode.SERVICE_UNAVAILABLE, `The ${definition.name} database is unavailable; try again shortly.`, { service: definition.name, http: { status: 503 } });

  const metrics = createMetrics(definition.name);
  registerDatabaseMetrics(metrics, database);
  const app = createApp();
  // Only the gateway reads a subgraph, and it never revalidates: an ETag would only hash every answer.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<C>({
    schema,
    // Clients get the message and extensions.code, never internal stack traces.
    includeStacktraceInErrorResponses: false,
    ...apolloSignalOptions(),
    formatError: (formatted, error) => (isConnectionFailure(unwrapResolverError(error)) ? { ...unavailable().toJSON(), path: formatted.path } : keepInputRefusalCode(formatted, error)),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ...cachePolicyPlugins(config.cacheMaxAge),
      metricsPlugin(metrics, operationLabeller(config.metricsOperationNames)),
      dataChangesPlugin<C>(),
      errorLoggingPlugin(log),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: definition.name, pid: process.pid });
  });
  app.get('/ready', async (_req, res) => {
    if (await database.ready()) res.json({ status: 'ready', service: definition.name, pid: process.pid });
    else res.status(503).json({ status: 'unavailable', service: definition.name, pid: process.pid });
  });
  const metricsServer = await exposeMetrics(app, metrics, config.metrics, definition.name);
  if (config.exposeSqlStats) {
    app.get('/stats/sql', (_req, res) => {
      res.json({ statements: sqlLogger.statementCount });
    });
  }
  app.use(
    '/graphql',
    (req, res, next) => {
      if (secretMatches(req.get(SUBGRAPH_SECRET_HEADER), auth.subgraphSecret)) return next();
      res.status(401).json({
        errors: [{ message: 'This service answers only its gateway: the subgraph secret is missing or wrong.', extensions: { code: ErrorCode.UNAUTHENTICATED } }],
      });
    },
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const identity = await verifyToken(req.headers.authorization);
        if (!database.db) throw unavailable();
        return attachObjectBudget(definition.createContext(database.db, identity), config.maxResolvedObjects);
      },
    }),
  );
  app.use(jsonErrorHandler(BODY_LIMIT));

  const port = await listen(httpServer, config.port, config.host, definition.name).catch(async (error) => {
    await apollo.stop();
    await metricsServer.close();
    await database.stop();
    throw error;
  });
  const url = `http://localhost:${port}/graphql`;
  log.info({ url, databaseReady: database.db !== undefined }, `${definition.name} subgraph listening`);

  return {
    name: definition.name,
    port,
    url,
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await closeServer(httpServer);
      await metricsServer.close();
      await database.stop();
    },
  };
}
