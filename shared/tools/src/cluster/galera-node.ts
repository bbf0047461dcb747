import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ServiceProcess } from '../stack/service-process';
import { galeraConfig, type GaleraNodeLayout, nodeConfigFile, nodeDataDir, nodeErrorLog } from './galera-config';
import { isGaleraNodeAvailable } from './galera-state';

const run = promisify(execFile);
const MARIADBD = process.env.MARIADBD ?? '/usr/sbin/mariadbd';

/** A user that root hands the server to; a non-root user runs it as themselves. */
const runAs = process.getuid?.() === 0 ? 'mysql' : undefined;

/** One `mariadbd` of the local Galera cluster: its own data folder, option file, ports and process. */
export class GaleraNode {
  private process: ServiceProcess | undefined;

  constructor(
    readonly layout: GaleraNodeLayout,
    private readonly cluster: { name: string; members: readonly GaleraNodeLayout[] },
    private readonly startTimeoutMs = 180_000,
  ) {}

  get name(): string {
    return `db-node${this.layout.index + 1}`;
  }

  get port(): number {
    return this.layout.port;
  }

  get running(): boolean {
    return this.process?.running ?? false;
  }

  get pid(): number | undefined {
    return this.process?.running ? this.process.pid : undefined;
  }

  /** Writes the option file, and creates the system tables when the data folder is new. */
  async prepare(): Promise<void> {
    fs.mkdirSync(this.layout.dir, { recursive: true });
    fs.writeFileSync(nodeConfigFile(this.layout), galeraConfig(this.layout, { ...this.cluster, runAs }));
    if (runAs) await run('chown', [`${runAs}:${runAs}`, this.layout.dir]);
    if (!fs.existsSync(nodeDataDir(this.layout))) {
      await run('mariadb-install-db', [
        '--no-defaults',
        `--datadir=${nodeDataDir(this.layout)}`,
        `--tmpdir=${this.layout.dir}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        ...(runAs ? [`--user=${runAs}`] : []),
      ]);
    }
    if (runAs) await run('chown', ['-R', `${runAs}:${runAs}`, this.layout.dir]);
  }

  /** Whether this node may start a cluster: it is new, or was the last node of a cleanly stopped one. */
  canBootstrap(): boolean {
    const state = path.join(nodeDataDir(this.layout), 'grastate.dat');
    return !fs.existsSync(state) || /safe_to_bootstrap:\s*1/.test(fs.readFileSync(state, 'utf8'));
  }

  /** Starts the server and resolves once it has joined and is Synced; `bootstrap` starts a new cluster from this node. */
  async start(bootstrap = false): Promise<void> {
    this.process = new ServiceProcess({
      name: this.name,
      command: { file: MARIADBD, args: [`--defaults-file=${nodeConfigFile(this.layout)}`, ...(bootstrap ? ['--wsrep-new-cluster'] : [])] },
      env: process.env,
      probe: () => isGaleraNodeAvailable(this.layout.port),
    });
    try {
      await this.process.waitUntilHealthy(this.startTimeoutMs);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${this.errorLogTail()}`);
    }
  }

  /** SIGKILL, as in a crash: the node rejoins by incremental state transfer when started again. */
  kill(): Promise<void> {
    return this.process?.kill() ?? Promise.resolve();
  }

  /** A clean shutdown, so that the last node stopped may bootstrap the cluster next time. */
  stop(): Promise<void> {
    return this.process?.stop(120_000) ?? Promise.resolve();
  }

  private errorLogTail(): string {
    try {
      return fs.readFileSync(nodeErrorLog(this.layout), 'utf8').split('\n').slice(-30).join('\n');
    } catch {
      return '';
    }
  }
}
