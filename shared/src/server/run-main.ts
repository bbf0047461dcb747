import { printSubgraphSchema } from '@apollo/subgraph';
import { loadServiceConfig, type ServiceName } from '../config/service-config';
import { createLogger } from '../logging/logger';
import { buildSubgraphSchemaOf, startSubgraph } from './start-subgraph';
import type { SubgraphDefinition } from './subgraph-definition';

/**
 * Entry point of a subgraph process: start, then stop cleanly on SIGINT/SIGTERM. With `--print-sdl` it
 * prints the subgraph's SDL instead (what `npm run compose` composes), touching no database.
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
  startSubgraph(definition, loadServiceConfig(name)).then(
    (service) => {
      const shutdown = (signal: string) => {
        log.info({ signal }, 'stopping');
        service.stop().then(
          () => process.exit(0),
          (error) => {
            log.error({ err: error }, 'error while stopping');
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
    (error: Error) => {
      log.fatal({ err: error }, error.message);
      process.exit(1);
    },
  );
}
