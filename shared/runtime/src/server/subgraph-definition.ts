import type { DataSource, MixedList } from 'typeorm';
import type { NonEmptyArray } from 'type-graphql';
import type { Identity } from '../auth/identity';
import type { ReferenceResolvers } from '../graphql/build-federated-schema';
import type { Logger } from '../logging/logger';
import type { ServiceName } from '../config/service-config';

/** What a seed loads besides the reference data. */
export interface SeedOptions {
  /** The synthetic sample data (values, targets, illustrative cases): on for a demo, off in production unless asked for. */
  sample: boolean;
}

/** Everything the shared bootstrap needs to know about one subgraph; each subgraph exports one. */
export interface SubgraphDefinition<TContext> {
  name: ServiceName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM and type-graphql take classes as Function
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM and type-graphql take classes as Function
  migrations: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM and type-graphql take classes as Function
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM and type-graphql take classes as Function
  orphanedTypes?: Function[];
  referenceResolvers: ReferenceResolvers<TContext>;
  /** Loads the reference data, and the sample data when `options.sample`; must be idempotent (a second run adds nothing). */
  seed(db: DataSource, log: Logger, options: SeedOptions): Promise<void>;
  /** Builds the per-request context: the verified caller and fresh DataLoaders for every request. */
  createContext(db: DataSource, identity: Identity): TContext;
}
