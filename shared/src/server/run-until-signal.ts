import type { Logger } from '../logging/logger';

/**
 * Runs a service as the main program: start it, stop it cleanly on SIGINT or SIGTERM, and exit non-zero
 * with the reason in the log when it cannot start.
 */
export function runUntilSignal(log: Logger, start: () => Promise<{ stop(): Promise<void> }>): void {
  start().then(
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
