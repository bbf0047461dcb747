import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import {
  ANONYMOUS,
  buildSubgraphSchemaOf,
  createLogger,
  ensureMysqlDatabase,
  keepInputRefusalCode,
  openDatabase,
  SqlLogger,
  type Identity,
  type SeedOptions,
  type SubgraphDefinition,
} from '@ugf/runtime';
import { freshDatabases } from './test-database';
import type { TypedQuery } from './typed-query';

/** A GraphQL answer; `T` is the shape the operation's selection asks for, which the test states. */
export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface Counted<T> {
  result: GraphQLResult<T>;
  statements: number;
}

export interface SubgraphHarness {
  db: DataSource;
  /** Runs an operation in-process, as the gateway would send it, with a fresh request context. */
  execute<T = Record<string, unknown>>(query: TypedQuery<T>, variables?: Record<string, unknown>, identity?: Identity): Promise<GraphQLResult<T>>;
  /** Runs an operation and counts the SQL statements it caused. */
  executeCounted<T = Record<string, unknown>>(query: TypedQuery<T>, variables?: Record<string, unknown>): Promise<Counted<T>>;
  /** Resolves entity references as the gateway does (`_entities`), counting the SQL statements; `E` is the selection's shape. */
  resolveReferences<E = Record<string, unknown>>(typeName: string, keys: Record<string, unknown>[], selection: string): Promise<Counted<{ _entities: (E | null)[] }>>;
  /** Runs the subgraph's seed again. */
  reseed(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One subgraph in-process on a fresh database (SQLite, or MySQL with TEST_DATABASE=mysql), migrated and
 * seeded exactly as at start-up (with the sample data unless told otherwise); the cheapest contract test, no network.
 */
export async function openSubgraph<C extends object>(definition: SubgraphDefinition<C>, seedOptions: SeedOptions = { sample: true }): Promise<SubgraphHarness> {
  const databases = freshDatabases();
  const databaseUrl = databases.urlOf(definition.name);
  if (databaseUrl) await ensureMysqlDatabase(databaseUrl);
  const log = createLogger(definition.name, 'warn');
  const sqlLogger = new SqlLogger(log);
  const db = await openDatabase(definition, { databaseUrl, sqlitePath: databases.sqlitePath(definition.name), seed: true, seedSample: seedOptions.sample }, log, sqlLogger);
  const server = new ApolloServer<C>({ schema: await buildSubgraphSchemaOf(definition), formatError: keepInputRefusalCode, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();

  const harness: SubgraphHarness = {
    db,
    async execute<T>(query: TypedQuery<T>, variables?: Record<string, unknown>, identity: Identity = ANONYMOUS): Promise<GraphQLResult<T>> {
      const response = await server.executeOperation({ query, variables }, { contextValue: definition.createContext(db, identity) });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as GraphQLResult<T>;
    },
    async executeCounted<T>(query: TypedQuery<T>, variables?: Record<string, unknown>): Promise<Counted<T>> {
      const before = sqlLogger.statementCount;
      const result = await harness.execute<T>(query, variables);
      return { result, statements: sqlLogger.statementCount - before };
    },
    resolveReferences<E>(typeName: string, keys: Record<string, unknown>[], selection: string) {
      return harness.executeCounted<{ _entities: (E | null)[] }>(`query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typeName} { ${selection} } } }`, {
        representations: keys.map((key) => ({ __typename: typeName, ...key })),
      });
    },
    reseed: () => definition.seed(db, log, seedOptions),
    async close() {
      await server.stop();
      await db.destroy();
      await databases.drop();
    },
  };
  return harness;
}

/** The migrations create exactly the schema the entities describe: nothing left for TypeORM to change. */
export async function pendingSchemaChanges(db: DataSource): Promise<string[]> {
  const sql = await db.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

export async function rowCounts(db: DataSource, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await db.query<{ n: number | string }[]>(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  }
  return counts;
}
