import fs from 'node:fs';
import http from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { type AuthConfig, closeServer, createApp, createLogger, createTokenVerifier, listen, type ServiceName } from '@ugf/shared';
import type { GatewayConfig } from './config';
import { createGatewayContext, type GatewayContext } from './context';
import { exportHandler } from './export/export-route';
import { SubgraphDataSource } from './subgraph-data-source';

export interface RunningGateway {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the committed static supergraph: start-up never depends on a subgraph being up, and a subgraph
 * that is down only fails the parts of a query that need it.
 */
export async function startGateway(config: GatewayConfig, auth: AuthConfig): Promise<RunningGateway> {
  const log = createLogger('gateway', config.logLevel);
  const verifyToken = createTokenVerifier(auth);
  const supergraphSdl = fs.readFileSync(config.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, config.subgraphUrls[name as ServiceName] ?? (url as string), auth.subgraphSecret),
  });

  const app = createApp();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  const contextOf = (req: express.Request) => createGatewayContext(verifyToken, req.headers.authorization);
  app.get('/export/:name.csv', exportHandler(apollo, contextOf));
  const graphql = expressMiddleware(apollo, { context: ({ req }) => contextOf(req) });
  // Large enough for a 5,000-item submission.
  app.use(['/', '/graphql'], express.json({ limit: '5mb' }), graphql);

  const port = await listen(httpServer, config.port, config.host, 'gateway').catch(async (error) => {
    await apollo.stop();
    throw error;
  });
  const url = `http://localhost:${port}/`;
  log.info({ url, subgraphs: config.subgraphUrls }, 'gateway ready');
  return {
    port,
    url,
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await closeServer(httpServer);
    },
  };
}
