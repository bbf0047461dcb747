import type { ServiceConfig } from '../config/service-config';
import type { Logger } from '../logging/logger';
import { openDatabase } from './start-subgraph';
import type { SubgraphDefinition } from './subgraph-definition';

/**
 * Brings a subgraph's database up to date (migrations, then the missing seed rows when `SEED` is on) and
 * closes it, serving nothing: what a deployment runs once before it rolls out new replicas (the
 * Kubernetes migration Job). A database that cannot be reached fails the run, and the Job retries it.
 */
export async function migrateOnly<C>(definition: SubgraphDefinition<C>, config: ServiceConfig, log: Logger): Promise<void> {
  const db = await openDatabase(definition, config, log);
  await db.destroy();
  log.info({ seeded: config.seed, sampleData: config.seed && config.seedSample }, `${definition.name} database migrated`);
}
