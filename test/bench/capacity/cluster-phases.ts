import { type RunningCluster } from '@ugf/tools';
import { SERVICE_NAMES } from '@ugf/runtime';

const SERVICES = ['gateway', ...SERVICE_NAMES] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until HAProxy sees exactly the first `count` replicas of every service UP and the others DOWN. */
async function waitForServing(cluster: RunningCluster, count: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const expected = (server: string) => (Number(/-(\d+)$/.exec(server)?.[1] ?? 0) <= count ? 'UP' : 'DOWN');
  for (;;) {
    const servers = (await cluster.status()).filter((entry) => entry.proxy !== 'galera' && entry.proxy !== 'stats');
    const wrong = servers.filter((entry) => entry.status !== expected(entry.server));
    if (wrong.length === 0) return;
    if (Date.now() > deadline) throw new Error(`HAProxy does not see ${count} replica(s) of each service: ${wrong.map((entry) => `${entry.server} ${entry.status}`).join(', ')}`);
    await sleep(250);
  }
}

/**
 * Runs exactly `count` replicas of the gateway and of each subgraph (the first ones), starting or stopping the
 * others, and returns once HAProxy sends traffic to those alone.
 */
export async function serveWithReplicas(cluster: RunningCluster, count: number): Promise<void> {
  for (const service of SERVICES) {
    const replicas = cluster.replicas(service);
    if (count > replicas.length) throw new Error(`The cluster was started with ${replicas.length} replicas of ${service}, fewer than ${count}.`);
    await Promise.all(replicas.slice(count).map((replica) => replica.stop()));
  }
  // Subgraphs first, so that the gateways compose against running subgraphs.
  for (const group of [SERVICE_NAMES, ['gateway'] as const]) {
    await Promise.all(
      group.flatMap((service) =>
        cluster
          .replicas(service)
          .slice(0, count)
          .filter((replica) => !replica.running)
          .map((replica) => replica.start()),
      ),
    );
  }
  await waitForServing(cluster, count);
}

/** Starts the running gateways again with `env` added (e.g. the response cache on), and waits until they serve. */
export async function restartGateways(cluster: RunningCluster, env: NodeJS.ProcessEnv): Promise<void> {
  const running = cluster.replicas('gateway').filter((replica) => replica.running);
  await Promise.all(running.map((replica) => replica.stop()));
  await Promise.all(running.map((replica) => replica.start(env)));
  await waitForServing(cluster, running.length);
}

/** Stops every replica of every service (the database, HAProxy and Redis keep running). */
export async function stopAllReplicas(cluster: RunningCluster): Promise<void> {
  await Promise.all(SERVICES.flatMap((service) => cluster.replicas(service).map((replica) => replica.stop())));
}
