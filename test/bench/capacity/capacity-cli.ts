import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDataSource, SERVICE_NAMES, type ServiceName } from '@ugf/runtime';
import { launchCluster, type RunningCluster } from '@ugf/tools';
import { raiseBufferPool } from '../harness/buffer-pool';
import { countCpu } from '../harness/cpu-sampler';
import { machineFacts } from '../harness/machine';
import { runLoad, sendSequentially, type LoadRequest } from '../harness/run-load';
import { dataShapeOf, readWorkloads, type DataShape, type ReadWorkload } from '../harness/workloads';
import { loadScaleData } from '../scale/load-scale-data';
import { parseScaleOptions } from '../scale/scale-options';
import { type CapacityMeasurement, type CapacityResults, parseMix } from './capacity-results';
import { renderCapacity } from './capacity-report';
import { restartGateways, serveWithReplicas, stopAllReplicas } from './cluster-phases';
import { variedBodies } from './varied-requests';
import { npmCommand, resultsHeading } from '../harness/results-heading';

const USAGE = `Measures the dashboard workloads through HAProxy with 1 and with 2 replicas of every service on a
3-node Galera cluster, then with the gateways' response cache on (hits only), counts the CPU each process
uses, and plans replicas and database nodes for a rate, without the cache and at a cache hit rate.

  npm run bench:capacity -- [--seconds 10] [--clients 16] [--cities 300 --indicators 200 --years 5]
                            [--workloads W1,W2,W3,W4,W5] [--rate 500] [--mix W1=35,W2=20,W4=20,W5=25]
                            [--hit-rate 0.8]

Needs what npm run cluster needs: Debian's mariadb-server, galera-4, haproxy, redis-server and rsync.`;

const BUFFER_POOL_MIB = 256;
function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

/** The cluster's nodes start with a 64 MB buffer pool (galera-config.ts); the measured data set and its indexes must fit. */
async function raiseBufferPools(cluster: RunningCluster): Promise<void> {
  for (const node of cluster.nodes) {
    const db = createDataSource({ databaseUrl: `mariadb://root@127.0.0.1:${node.port}`, sqlitePath: '', entities: [], migrations: [] });
    await db.initialize();
    await raiseBufferPool(db, BUFFER_POOL_MIB * 2 ** 20);
    await db.destroy();
  }
}

async function measure(cluster: RunningCluster, replicas: number, cacheHits: boolean, workload: ReadWorkload, data: DataShape, clients: number, seconds: number): Promise<CapacityMeasurement> {
  const bodies = cacheHits ? variedBodies(workload, data).slice(0, 1) : variedBodies(workload, data);
  const request: LoadRequest = { url: cluster.entryUrl, body: bodies[0], bodies };
  for (const body of bodies.slice(0, 3)) {
    const [answer] = await sendSequentially({ url: cluster.entryUrl, body }, 1);
    if (answer.includes('"errors":')) throw new Error(`${workload.id} through the cluster failed: ${answer.slice(0, 300)}`);
  }
  await runLoad(request, clients, Math.max(2, seconds / 3)); // warm-up: plans, JIT, pools
  const cpu = countCpu([...cluster.processes(), { name: 'load generator', pid: process.pid }]);
  const result = await runLoad(request, clients, seconds);
  const use = cpu.stop();
  const busiest = Object.entries(use.byProcess)
    .filter(([name]) => name !== 'load generator')
    .sort(([, a], [, b]) => b - a)[0];
  const measurement: CapacityMeasurement = {
    replicas,
    cacheHits,
    workload: workload.id,
    title: workload.title,
    clients,
    ...result,
    machineBusy: use.machineBusy,
    seconds: use.seconds,
    cpuSeconds: use.byProcess,
    busiest: { process: busiest[0], coreShare: busiest[1] / use.seconds },
  };
  log(
    `  ${replicas} replica(s)${cacheHits ? ', cached' : ''} ${workload.id} c=${clients}: ${result.requestsPerSecond.toFixed(1)} req/s, p95 ${result.p95.toFixed(0)} ms, errors ${result.errors}, ` +
      `machine ${(use.machineBusy * 100).toFixed(0)} % busy, busiest ${busiest[0]} at ${((busiest[1] / use.seconds) * 100).toFixed(0)} % of a core`,
  );
  return measurement;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      clients: { type: 'string', default: '16' },
      cities: { type: 'string', default: '300' },
      indicators: { type: 'string', default: '200' },
      years: { type: 'string', default: '5' },
      workloads: { type: 'string', default: 'W1,W2,W3,W4,W5' },
      rate: { type: 'string', default: '500' },
      mix: { type: 'string', default: 'W1=35,W2=20,W4=20,W5=25' },
      'hit-rate': { type: 'string', default: '0.8' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    log(USAGE);
    return;
  }
  const seconds = Number(values.seconds);
  const clients = Number(values.clients);
  const rate = Number(values.rate);
  if (!(seconds > 0) || !Number.isInteger(clients) || clients < 1 || !(rate > 0)) throw new Error(`--seconds, --clients and --rate must be positive.\n\n${USAGE}`);
  const mix = parseMix(values.mix);
  const hitRate = Number(values['hit-rate']);
  if (!(hitRate >= 0 && hitRate < 1)) throw new Error(`--hit-rate must be from 0 to below 1.\n\n${USAGE}`);
  const scale = parseScaleOptions(['--cities', values.cities, '--indicators', values.indicators, '--years', values.years, '--cases-per-city', '1']);
  const wanted = values.workloads.split(',');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-capacity-'));
  const env = { LOG_LEVEL: 'warn', RESPONSE_CACHE: 'false', RATE_LIMIT_READS_PER_MINUTE: '1000000000', RATE_LIMIT_WRITES_PER_MINUTE: '1000000' };
  const cluster = await launchCluster({ dir, replicas: 2, env, onStep: (message) => log(`== ${message}`) });
  try {
    await raiseBufferPools(cluster);
    log(`== Loading ${scale.cities} cities x ${scale.indicators} indicators x ${scale.years} years into the Galera cluster`);
    const databaseUrls = Object.fromEntries(SERVICE_NAMES.map((name) => [name, cluster.databaseUrl(name)])) as Record<ServiceName, string>;
    const load = await loadScaleData(scale, { databaseUrls, dataDir: dir });
    log(`   ${load.observations} observations in ${load.seconds.toFixed(1)} s`);
    // Every phase starts its replicas afresh on the loaded data, with nothing kept from before.
    await stopAllReplicas(cluster);

    const data = dataShapeOf(scale);
    const workloads = readWorkloads(data, false).filter((workload) => wanted.includes(workload.id));
    // The matrix is a researcher's query of seconds: four at once already keep every core busy.
    const clientsFor = (workload: ReadWorkload) => (workload.id === 'W3' ? Math.min(clients, 4) : clients);
    const measurements: CapacityMeasurement[] = [];
    for (const replicas of [1, 2]) {
      log(`== ${replicas} replica(s) of the gateway and of each subgraph`);
      await serveWithReplicas(cluster, replicas);
      for (const workload of workloads) measurements.push(await measure(cluster, replicas, false, workload, data, clientsFor(workload), seconds));
    }
    log('== 2 replicas, the gateways with the response cache on (Redis), every request a hit');
    await restartGateways(cluster, { RESPONSE_CACHE: 'true' });
    for (const workload of workloads) measurements.push(await measure(cluster, 2, true, workload, data, clientsFor(workload), seconds));

    const results: CapacityResults = {
      startedAt: new Date().toISOString(),
      machine: machineFacts(`MariaDB Galera, ${cluster.nodes.length} nodes on this machine, buffer pool ${BUFFER_POOL_MIB} MiB each`),
      data: { cities: scale.cities, indicators: scale.indicators, years: scale.years, observations: load.observations },
      secondsPerRun: seconds,
      measurements,
      plan: { rate, mix, utilisation: 0.6, databaseCoresPerNode: 4, minReplicas: 2, hitRate },
    };
    const folder = path.resolve(__dirname, '../../../results');
    fs.mkdirSync(folder, { recursive: true });
    const report = renderCapacity(results);
    fs.writeFileSync(path.join(folder, 'capacity.json'), `${JSON.stringify(results, null, 2)}\n`);
    fs.writeFileSync(path.join(folder, 'capacity.md'), `${resultsHeading('Capacity model', results.startedAt, npmCommand('bench:capacity'))}\n${report}\n`);
    log(`\n${report}\n\nWritten: test/bench/results/capacity.{json,md}`);
  } finally {
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
