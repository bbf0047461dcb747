import { type ChildProcess, spawn } from 'node:child_process';
import readline from 'node:readline';

export interface ServiceProcessOptions {
  name: string;
  /** The Node.js script to run; or `command` runs any program. */
  entry?: string;
  /** Arguments after the entry script. */
  args?: string[];
  /** Node's own options, before the entry script (e.g. `--cpu-prof`, which NODE_OPTIONS does not take). */
  nodeOptions?: string[];
  /** The Node.js binary that runs `entry`; this process's own unless given. */
  node?: string;
  command?: { file: string; args: string[] };
  env: NodeJS.ProcessEnv;
  /** Healthy once this URL answers 200; or once `probe` resolves true. */
  healthUrl?: string;
  probe?: () => Promise<boolean>;
  onLine?: (name: string, line: string) => void;
}

const MAX_LOG_LINES = 400;

/** One service as a child process: its output is kept (last lines) and it is ready once `/health` answers. */
export class ServiceProcess {
  private readonly child: ChildProcess;
  private readonly lines: string[] = [];
  private exitCode: number | null | undefined;
  private readonly exited: Promise<void>;

  constructor(private readonly options: ServiceProcessOptions) {
    const { file, args } = options.command ?? {
      file: options.node ?? process.execPath,
      args: [...(options.nodeOptions ?? []), options.entry as string, ...(options.args ?? [])],
    };
    this.child = spawn(file, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (stream) readline.createInterface({ input: stream }).on('line', (line) => this.record(line));
    }
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code) => {
        this.exitCode = code;
        resolve();
      });
      // The program could not be started at all (e.g. not installed): no 'exit' follows.
      this.child.once('error', (error) => {
        this.record(`could not start ${file}: ${error.message}`);
        if (this.exitCode === undefined) this.exitCode = null;
        resolve();
      });
    });
  }

  get name(): string {
    return this.options.name;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  get log(): string {
    return this.lines.join('\n');
  }

  private record(line: string): void {
    this.lines.push(line);
    if (this.lines.length > MAX_LOG_LINES) this.lines.shift();
    this.options.onLine?.(this.options.name, line);
  }

  private async healthy(): Promise<boolean> {
    if (this.options.probe) return this.options.probe();
    try {
      const response = await fetch(this.options.healthUrl as string);
      if (!response.ok) return false;
      // Our services name their process: an answer from another one on this port is not ours being ready.
      const body = (await response.json().catch(() => ({}))) as { pid?: unknown };
      return typeof body.pid !== 'number' || body.pid === this.child.pid;
    } catch {
      return false; // not listening yet
    }
  }

  /** Resolves when the health URL answers 200 (or the probe says yes); rejects when the process exits first or the time runs out. */
  async waitUntilHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.name} exited with code ${this.exitCode} before it was ready:\n${this.log}`);
      if (await this.healthy()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.name} was not healthy after ${timeoutMs} ms:\n${this.log}`);
  }

  /** SIGKILL: the process dies at once, as in a crash. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM, then SIGKILL if the process has not exited after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
