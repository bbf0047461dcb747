import os from 'node:os';
import path from 'node:path';
import { isProduction, loadAuthConfig, repoRoot, loadSettings, SERVICE_NAMES, subgraphUrlVariable, type ServiceName } from '@ugf/runtime';
import { manifestService } from '@ugf/services';
import { PortAllocator } from './port-allocator';
import { ServiceProcess } from './service-process';

export type StackService = ServiceName | 'gateway';

export interface StackOptions {
  /** Port per service; 0 (or absent) picks a free port. */
  ports?: Partial<Record<StackService, number>>;
  /** Folder for the SQLite files of the subgraphs that have no database URL. */
  dataDir: string;
  /** `mysql://…/database` per subgraph; a subgraph without one uses SQLite. */
  databaseUrls?: Partial<Record<ServiceName, string>>;
  /** Extra environment for every process. */
  env?: NodeJS.ProcessEnv;
  onLine?: (service: StackService, line: string) => void;
  startTimeoutMs?: number;
  /** Node options for every process, e.g. `--cpu-prof` for the benchmark's profiles. */
  nodeOptions?: string[];
}

export interface RunningStack {
  gatewayUrl: string;
  ports: Record<StackService, number>;
  subgraphUrl(name: ServiceName): string;
  process(name: StackService): ServiceProcess;
  /** Starts a stopped (or running) service again, with the same port, environment and database. */
  restart(name: StackService): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Node's on-disk cache of compiled code (Node >= 22.1): a stack started again spends about a tenth less CPU
 * loading its modules. A NODE_COMPILE_CACHE of the caller's wins; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
const COMPILE_CACHE = path.join(os.tmpdir(), 'ugf-node-compile-cache');

/** The compiled entry point of a service (`node <entry>` runs it). */
export const serviceEntry = (service: StackService) => path.join(repoRoot, manifestService(service).entry);

/**
 * In development every process gets the same generated secrets (kept in `DATA_DIR`), unless given, so
 * that a token from `npm run token` is accepted by all of them.
 */
export function withSharedSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const settings = loadSettings(env);
  if (isProduction(settings)) return env;
  const auth = loadAuthConfig(settings);
  return { ...env, SUBGRAPH_SECRET: auth.subgraphSecret, ...(auth.jwtSecret ? { JWT_SECRET: auth.jwtSecret } : {}) };
}

/**
 * Starts the subgraphs (in parallel, each seeding its own database) and then the gateway pointed at
 * them, each as its own process. Used by `npm start` and by the integration tests alike.
 */
export async function launchStack(options: StackOptions): Promise<RunningStack> {
  const services: StackService[] = [...SERVICE_NAMES, 'gateway'];
  const ports = {} as Record<StackService, number>;
  // Free ports are found before any service listens, so two of them must never be handed the same one.
  const allocator = new PortAllocator();
  for (const service of services) ports[service] = await allocator.port(options.ports?.[service]);
  const subgraphUrl = (name: ServiceName) => `http://127.0.0.1:${ports[name]}/graphql`;

  const baseEnv = withSharedSecrets({ NODE_COMPILE_CACHE: COMPILE_CACHE, ...process.env, ...options.env, DATA_DIR: options.dataDir });

  const processes = new Map<StackService, ServiceProcess>();
  const environments = new Map<StackService, NodeJS.ProcessEnv>();
  const start = (service: StackService, env: NodeJS.ProcessEnv) => {
    environments.set(service, env);
    const child = new ServiceProcess({
      name: service,
      entry: serviceEntry(service),
      env: { ...baseEnv, ...env, PORT: String(ports[service]) },
      nodeOptions: options.nodeOptions,
      healthUrl: `http://127.0.0.1:${ports[service]}/health`,
      onLine: options.onLine ? (_name, line) => options.onLine?.(service, line) : undefined,
    });
    processes.set(service, child);
    return child.waitUntilHealthy(options.startTimeoutMs ?? 60_000);
  };
  const stop = async () => {
    await processes.get('gateway')?.stop();
    await Promise.all([...processes.values()].map((child) => child.stop()));
  };

  try {
    await Promise.all(
      SERVICE_NAMES.map((name) => {
        const databaseUrl = options.databaseUrls?.[name];
        return start(name, {
          SQLITE_PATH: path.join(options.dataDir, `${name}.sqlite`),
          // The service creates its MySQL database itself, retrying while the server is down.
          ...(databaseUrl ? { DATABASE_URL: databaseUrl, DATABASE_CREATE: 'true' } : { DATABASE_URL: '' }),
        });
      }),
    );
    const gatewayEnv: NodeJS.ProcessEnv = {};
    for (const name of SERVICE_NAMES) gatewayEnv[subgraphUrlVariable(name)] = subgraphUrl(name);
    await start('gateway', gatewayEnv);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    gatewayUrl: `http://localhost:${ports.gateway}/`,
    ports,
    subgraphUrl,
    process: (name) => processes.get(name) as ServiceProcess,
    async restart(name) {
      await processes.get(name)?.stop();
      await start(name, environments.get(name) as NodeJS.ProcessEnv);
    },
    stop,
  };
}
