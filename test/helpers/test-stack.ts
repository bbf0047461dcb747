import { randomBytes } from 'node:crypto';
import { launchStack, type RunningStack, type StackOptions } from '@ugf/tools';
import { SERVICE_NAMES, signDevToken, type DevTokenClaims, type ServiceName } from '@ugf/runtime';
import { freshDatabases } from './test-database';
import type { GraphQLResult } from './subgraph-harness';
import type { TypedQuery } from './typed-query';

export interface TestStack {
  readonly stack: RunningStack;
  readonly databases: ReturnType<typeof freshDatabases>;
  /** POSTs an operation to the gateway, as any client would, optionally with a bearer token. */
  query<T = Record<string, unknown>>(query: TypedQuery<T>, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  /** A token signed with this stack's development secret. */
  token(claims: DevTokenClaims, expiresIn?: string | number): Promise<string>;
  readonly jwtSecret: string;
  readonly subgraphSecret: string;
  /** SQL statements each subgraph has run since it started. */
  sqlStatements(): Promise<Record<ServiceName, number>>;
  /** Stops every process and starts them again on the same databases. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real system for a test: four subgraph processes and the gateway on free ports, on a fresh SQLite
 * folder or fresh MariaDB databases (TEST_DATABASE=mysql), seeded as `npm start` seeds them.
 */
export async function startTestStack(env: NodeJS.ProcessEnv = {}, databaseUrlOverrides: Partial<Record<ServiceName, string>> = {}): Promise<TestStack> {
  const databases = freshDatabases();
  Object.assign(databases.urls, databaseUrlOverrides);
  const jwtSecret = env.JWT_SECRET ?? randomBytes(32).toString('hex');
  const subgraphSecret = env.SUBGRAPH_SECRET ?? randomBytes(32).toString('hex');
  const options: StackOptions = {
    dataDir: databases.dataDir,
    databaseUrls: databases.urls,
    // The response cache would answer repeated queries without the subgraphs; the tests that count SQL or
    // read straight-written rows need every query to reach them. test/integration/response-cache.test.ts turns it on.
    env: { LOG_LEVEL: 'warn', EXPOSE_SQL_STATS: 'true', RESPONSE_CACHE: 'false', ...env, JWT_SECRET: jwtSecret, SUBGRAPH_SECRET: subgraphSecret },
  };
  let stack = await launchStack(options);
  return {
    get stack() {
      return stack;
    },
    databases,
    jwtSecret,
    subgraphSecret,
    token: (claims, expiresIn) => signDevToken(jwtSecret, claims, expiresIn),
    async query<T>(query: TypedQuery<T>, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>> {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResult<T>;
    },
    async sqlStatements() {
      const counts = {} as Record<ServiceName, number>;
      for (const name of SERVICE_NAMES) {
        const response = await fetch(`http://127.0.0.1:${stack.ports[name]}/stats/sql`);
        counts[name] = ((await response.json()) as { statements: number }).statements;
      }
      return counts;
    },
    async restart() {
      await stack.stop();
      stack = await launchStack({ ...options, ports: stack.ports });
    },
    async stop() {
      await stack.stop();
      await databases.drop();
    },
  };
}
