import { serviceEntry, type StackService } from '../stack/launch-stack';
import { ServiceProcess } from '../stack/service-process';

/**
 * One replica of a service (a subgraph or the gateway) on its own port. It counts as started once
 * `/ready` answers: for a subgraph that is after its migrations and seed ran against the database.
 */
export class Replica {
  private process: ServiceProcess | undefined;

  constructor(
    readonly service: StackService,
    readonly index: number,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly onLine?: (name: string, line: string) => void,
    private readonly startTimeoutMs = 180_000,
  ) {}

  /** `cities-1`, `gateway-2`, …: also its server name in HAProxy. */
  get name(): string {
    return `${this.service}-${this.index + 1}`;
  }

  get running(): boolean {
    return this.process?.running ?? false;
  }

  get pid(): number | undefined {
    return this.process?.running ? this.process.pid : undefined;
  }

  get log(): string {
    return this.process?.log ?? '';
  }

  /** Starts the replica; `overrides` changes its environment for this run (e.g. a setting under test). */
  async start(overrides: NodeJS.ProcessEnv = {}): Promise<void> {
    this.process = new ServiceProcess({
      name: this.name,
      entry: serviceEntry(this.service),
      env: { ...this.env, ...overrides, PORT: String(this.port) },
      healthUrl: `http://127.0.0.1:${this.port}/ready`,
      onLine: this.onLine,
    });
    await this.process.waitUntilHealthy(this.startTimeoutMs);
  }

  /** SIGKILL, as in a crash: requests in flight on this replica get no answer. */
  kill(): Promise<void> {
    return this.process?.kill() ?? Promise.resolve();
  }

  stop(): Promise<void> {
    return this.process?.stop() ?? Promise.resolve();
  }
}
