import fs from 'node:fs';
import path from 'node:path';
import { SERVICE_NAMES, subgraphUrlVariable, type ServiceName } from '@ugf/runtime';
import { manifestSubgraph } from '@ugf/services';
import { type StackService, withSharedSecrets } from '../stack/launch-stack';
import { PortAllocator } from '../stack/port-allocator';
import type { GaleraNodeLayout } from './galera-config';
import { startGaleraCheck } from './galera-check-server';
import { GaleraNode } from './galera-node';
import { type HaproxyStatus, startHaproxy } from './haproxy-process';
import { startRedis } from './redis-process';
import { Replica } from './replica';

export const GALERA_NODES = 3;

export interface ClusterOptions {
  /** Folder for the database nodes' data, haproxy.cfg and Redis. */
  dir: string;
  /** Replicas of each subgraph and of the gateway (default 2). */
  replicas?: number;
  /** Port of the entry URL (HAProxy in front of the gateways); free port when absent. */
  entryPort?: number;
  /** MySQL ports of the three Galera nodes; free ports when absent. */
  databasePorts?: readonly number[];
  /** Use this Redis instead of starting one. */
  redisUrl?: string;
  /** Extra environment for every service. */
  env?: NodeJS.ProcessEnv;
  onLine?: (name: string, line: string) => void;
  /** Progress messages for a person watching. */
  onStep?: (message: string) => void;
}

export interface RunningCluster {
  entryUrl: string;
  statsUrl: string;
  redisUrl: string;
  /** The MySQL frontend (HAProxy) the subgraphs use, and a subgraph's database URL through it. */
  databasePort: number;
  databaseUrl(name: ServiceName): string;
  nodes: readonly GaleraNode[];
  replicas(service: StackService): readonly Replica[];
  /** Every process of the cluster that is running now, by name (`gateway-1`, `db-node2`, `haproxy`, `redis`). */
  processes(): { name: string; pid: number }[];
  /** What HAProxy's health checks say about every server. */
  status(): Promise<HaproxyStatus>;
  /** Resolves once HAProxy sees every server of the cluster UP. */
  waitUntilAllUp(timeoutMs?: number): Promise<void>;
  /** Stops everything: gateways, subgraphs, HAProxy, Redis, then the database nodes one by one, the first last. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the replicated topology on this machine: a three-node MariaDB Galera cluster, Redis, HAProxy,
 * N replicas of each subgraph (all on the Galera cluster, through HAProxy) and N gateways (calling the
 * subgraphs through HAProxy). The first replica of each subgraph runs the migrations and the seed alone;
 * the others start once it is ready, so no two processes migrate at once.
 */
export async function launchCluster(options: ClusterOptions): Promise<RunningCluster> {
  const replicaCount = options.replicas ?? 2;
  const step = options.onStep ?? (() => undefined);
  const ports = new PortAllocator();
  fs.mkdirSync(options.dir, { recursive: true });
  // mkdtemp folders are private; the database nodes may run as another user (mysql) and must reach theirs.
  fs.chmodSync(options.dir, 0o755);

  const entryPort = await ports.port(options.entryPort);
  const layouts: GaleraNodeLayout[] = [];
  for (let index = 0; index < GALERA_NODES; index += 1) {
    layouts.push({
      index,
      dir: path.join(options.dir, `node${index + 1}`),
      port: await ports.port(options.databasePorts?.[index]),
      groupPort: await ports.port(),
      istPort: await ports.port(),
      sstPort: await ports.port(),
    });
  }
  const checkPorts = await Promise.all(layouts.map(() => ports.port()));
  const databasePort = await ports.port();
  const statsPort = await ports.port();
  const frontendPorts = {} as Record<ServiceName, number>;
  for (const name of SERVICE_NAMES) frontendPorts[name] = await ports.port();

  const stoppers: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of stoppers.splice(0).reverse()) await stop().catch(() => undefined);
  };

  try {
    const nodes = layouts.map((layout) => new GaleraNode(layout, { name: 'ugf-cluster', members: layouts }));
    step(`Preparing ${GALERA_NODES} MariaDB Galera nodes in ${options.dir}`);
    for (const node of nodes) await node.prepare();
    for (const node of nodes) stoppers.push(() => node.stop());
    if (!nodes[0].canBootstrap()) {
      throw new Error(`The database cluster in ${options.dir} was not shut down cleanly, so it cannot be restarted safely; start a new one with --fresh.`);
    }
    for (const [index, node] of nodes.entries()) {
      step(`Starting ${node.name} on port ${node.port}${index === 0 ? ' (bootstraps the cluster)' : ' (joins it)'}`);
      await node.start(index === 0);
    }
    for (const [index, node] of nodes.entries()) {
      const check = await startGaleraCheck(node.port, checkPorts[index]);
      stoppers.push(() => check.stop());
    }

    let redisUrl = options.redisUrl;
    let redisProcess: { pid: number | undefined; running: boolean } | undefined;
    if (!redisUrl) {
      const redis = await startRedis(await ports.port(), options.dir);
      stoppers.push(() => redis.process.stop());
      redisUrl = redis.url;
      redisProcess = redis.process;
    }

    const baseEnv = withSharedSecrets({ ...process.env, ...options.env });
    const databaseUrl = (name: ServiceName) => `mariadb://root@127.0.0.1:${databasePort}/${manifestSubgraph(name).database}`;
    const replicas = new Map<StackService, Replica[]>();
    for (const name of SERVICE_NAMES) {
      const env = { ...baseEnv, DATABASE_URL: databaseUrl(name), DATABASE_CREATE: 'true' };
      replicas.set(name, await replicasOf(name, env));
    }
    // HAProxy (on this machine) tells the gateways each client's address, so rate limits count clients, not HAProxy.
    const gatewayEnv: NodeJS.ProcessEnv = { ...baseEnv, REDIS_URL: redisUrl, TRUST_PROXY: 'loopback' };
    for (const name of SERVICE_NAMES) gatewayEnv[subgraphUrlVariable(name)] = `http://127.0.0.1:${frontendPorts[name]}/graphql`;
    replicas.set('gateway', await replicasOf('gateway', gatewayEnv));
    async function replicasOf(service: StackService, env: NodeJS.ProcessEnv): Promise<Replica[]> {
      const list: Replica[] = [];
      for (let index = 0; index < replicaCount; index += 1) list.push(new Replica(service, index, await ports.port(), env, options.onLine));
      return list;
    }

    const haproxy = await startHaproxy(
      {
        entryPort,
        statsPort,
        gateways: replicas.get('gateway')!.map((replica) => ({ name: replica.name, port: replica.port })),
        subgraphs: SERVICE_NAMES.map((name) => ({ name, port: frontendPorts[name], replicas: replicas.get(name)!.map((replica) => ({ name: replica.name, port: replica.port })) })),
        database: { port: databasePort, nodes: nodes.map((node, index) => ({ name: node.name, port: node.port, checkPort: checkPorts[index] })) },
      },
      options.dir,
      options.onLine,
    );
    stoppers.push(() => haproxy.process.stop());

    const all = (service: StackService) => replicas.get(service)!;
    stoppers.push(() => Promise.all(SERVICE_NAMES.flatMap((name) => all(name).map((replica) => replica.stop()))));
    step('Migrating and seeding: the first replica of each subgraph');
    await Promise.all(SERVICE_NAMES.map((name) => all(name)[0].start()));
    if (replicaCount > 1) {
      step(`Starting the other ${replicaCount - 1} replica(s) of each subgraph`);
      await Promise.all(
        SERVICE_NAMES.flatMap((name) =>
          all(name)
            .slice(1)
            .map((replica) => replica.start()),
        ),
      );
    }
    stoppers.push(() => Promise.all(all('gateway').map((replica) => replica.stop())));
    step(`Starting ${replicaCount} gateway(s)`);
    await Promise.all(all('gateway').map((replica) => replica.start()));

    const cluster: RunningCluster = {
      entryUrl: `http://localhost:${entryPort}/`,
      statsUrl: haproxy.statsUrl,
      redisUrl,
      databasePort,
      databaseUrl,
      nodes,
      replicas: all,
      processes() {
        const named: { name: string; pid: number | undefined }[] = [
          ...(['gateway', ...SERVICE_NAMES] as const).flatMap((service) => all(service).map((replica) => ({ name: replica.name, pid: replica.pid }))),
          ...nodes.map((node) => ({ name: node.name, pid: node.pid })),
          { name: 'haproxy', pid: haproxy.process.running ? haproxy.process.pid : undefined },
          { name: 'redis', pid: redisProcess?.running ? redisProcess.pid : undefined },
        ];
        return named.filter((entry): entry is { name: string; pid: number } => entry.pid !== undefined);
      },
      status: () => haproxy.status(),
      async waitUntilAllUp(timeoutMs = 60_000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const down = (await haproxy.status()).filter((server) => server.status !== 'UP');
          if (down.length === 0) return;
          if (Date.now() > deadline) throw new Error(`Not UP after ${timeoutMs} ms: ${down.map((server) => `${server.proxy}/${server.server} ${server.status}`).join(', ')}`);
          await sleep(250);
        }
      },
      stop: stopAll,
    };
    step('Waiting for HAProxy to see every server up');
    await cluster.waitUntilAllUp();
    return cluster;
  } catch (error) {
    await stopAll();
    throw error;
  }
}
