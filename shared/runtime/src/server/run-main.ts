import { printSubgraphSchema } from '@apollo/subgraph';
import { loadAuthConfig } from '../auth/auth-config';
import { loadServiceConfig, type ServiceName } from '../config/service-config';
import { loadSettings } from '../config/settings-schema';
import { createLogger } from '../logging/logger';
import { migrateOnly } from './migrate-only';
import { runUntilSignal } from './run-until-signal';
import { buildSubgraphSchemaOf, startSubgraph } from './start-subgraph';
import type { SubgraphDefinition } from './subgraph-definition';

/**
 * Entry point of a subgraph process. With `--print-sdl` it prints the subgraph's SDL instead (what
 * `npm run compose` composes), touching no database; with `--migrate-only` it migrates and seeds its
 * database, then exits (0 when done, 1 on failure).
 */
export function runSubgraphMain<C extends object>(name: ServiceName, definition: SubgraphDefinition<C>): void {
  const log = createLogger(name);
  if (process.argv.includes('--print-sdl')) {
    buildSubgraphSchemaOf(definition).then(
      (schema) => process.stdout.write(printSubgraphSchema(schema)),
      (error: Error) => {
        log.fatal({ err: error }, error.message);
        process.exitCode = 1;
      },
    );
    return;
  }
  if (process.argv.includes('--migrate-only')) {
    Promise.resolve()
      .then(() => migrateOnly(definition, loadServiceConfig(name, loadSettings()), log))
      .catch((error: Error) => {
        log.fatal({ err: error }, error.message);
        process.exitCode = 1;
      });
    return;
  }
  runUntilSignal(log, async () => {
    const settings = loadSettings();
    return startSubgraph(definition, loadServiceConfig(name, settings), loadAuthConfig(settings));
  });
}
