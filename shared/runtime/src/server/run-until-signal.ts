import type { Logger } from '../logging/logger';
import { stopTracing } from '../tracing/tracing-state';

/**
 * Runs a service as the main program: start it, stop it cleanly on SIGINT or SIGTERM, and exit non-zero
 * with the reason in the log when it cannot start.
 */
export function runUntilSignal(log: Logger, start: () => Promise<{ stop(): Promise<void> }>): void {
  start().then(
    (service) => {
      const shutdown = (signal: string) => {
        log.info({ signal }, 'stopping');
        // Never rejects: a failed stop becomes exit code 1, and stopTracing never throws.
        void service
          .stop()
          .then(
            () => 0,
            (error) => {
              log.error({ err: error }, 'error while stopping');
              return 1;
            },
          )
          .then(async (code) => {
            await stopTracing();
            process.exit(code);
          });
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
    async (error: Error) => {
      log.fatal({ err: error }, error.message);
      await stopTracing();
      process.exit(1);
    },
  );
}
