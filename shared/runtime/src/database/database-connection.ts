import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';

/**
 * Keeps trying to open a subgraph's database (with migrations and seed) in the background, so that a
 * service whose database is down at start-up runs, reports not-ready, and becomes ready by itself once
 * the database answers. When the database goes away later, the pool reconnects by itself.
 */
export class DatabaseConnection {
  private current: DataSource | undefined;
  private stopped = false;
  private retrying: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly open: () => Promise<DataSource>,
    private readonly log: Logger,
    private readonly retryMs = { first: 500, max: 10_000 },
  ) {}

  /** Resolves after the first attempt, whether or not it succeeded; later attempts run in the background. */
  async start(): Promise<void> {
    if (!(await this.tryOpen())) this.retrying = this.retry();
  }

  /** The open database, or undefined while it is unavailable. */
  get db(): DataSource | undefined {
    return this.current;
  }

  async ready(): Promise<boolean> {
    if (!this.current) return false;
    try {
      await this.current.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.retrying;
    if (this.current?.isInitialized) await this.current.destroy();
  }

  private async tryOpen(): Promise<boolean> {
    try {
      this.current = await this.open();
      return true;
    } catch (error) {
      this.log.warn({ err: error }, 'database unavailable; retrying in the background');
      return false;
    }
  }

  private async retry(): Promise<void> {
    for (let delay = this.retryMs.first; !this.stopped; delay = Math.min(delay * 2, this.retryMs.max)) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (this.stopped || (await this.tryOpen())) return;
    }
  }
}
