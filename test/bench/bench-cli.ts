import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { createDataSource, dropMysqlDatabase, repoRoot, Role, SERVICE_NAMES, signDevToken, SUBGRAPH_SECRET_HEADER, type ServiceName } from '@ugf/runtime';
import { launchStack, type RunningStack } from '@ugf/tools';
import { startGrafbaseGateway } from '../helpers/grafbase-gateway';
import { startHiveGateway } from '../helpers/hive-gateway';
import { databaseVersion, machineFacts } from './harness/machine';
import { raiseBufferPool } from './harness/buffer-pool';
import { sampleMemory } from './harness/memory-sampler';
import { startOurGateway } from './harness/our-gateway';
import { renderTables } from './harness/report-table';
import type { BenchResults, GatewayKind, Measurement } from './harness/results';
import { runLoad, sendSequentially, type LoadRequest } from './harness/run-load';
import { sqlStatements } from './harness/sql-counter';
import { throughputSvg } from './harness/throughput-chart';
import { dataShapeOf, largestMatrix, readWorkloads, type ReadWorkload } from './harness/workloads';
import { runWrites } from './harness/writes-workload';
import { npmCommand, resultsHeading } from './harness/results-heading';
import { loadScaleData } from './scale/load-scale-data';
import { FLOORS } from './floor';
import { openFloorDb, type FloorDb } from './floor/floor-db';
import { runFloor } from './floor/run-floor';
import { DEFAULT_SCALE, type ScaleOptions } from './scale/scale-options';

const BUFFER_POOL_BYTES = 2 ** 30;
const BREAKER_RESET_MS = 10_000;
const QUICK_SCALE: ScaleOptions = { ...DEFAULT_SCALE, cities: 40, indicators: 40, years: 6, casesPerCity: 1 };

interface Target {
  gateway: GatewayKind;
  url: string;
  pid?: number;
  headers?: Record<string, string>;
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

async function prepareDatabases(sqlite: boolean, mysqlServer: string): Promise<{ urls: Partial<Record<ServiceName, string>>; dataDir: string; version: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-bench-'));
  if (sqlite) return { urls: {}, dataDir, version: await databaseVersion(undefined) };
  const urls = Object.fromEntries(SERVICE_NAMES.map((name) => [name, `${mysqlServer}/ugf_bench_${name}`])) as Record<ServiceName, string>;
  for (const url of Object.values(urls)) await dropMysqlDatabase(url);
  const probe = createDataSource({ databaseUrl: mysqlServer, sqlitePath: '', entities: [], migrations: [] });
  await probe.initialize();
  const version = await databaseVersion(probe);
  // Debian's MariaDB starts with a 128 MB buffer pool, a fraction of the 0.5 GB the national data set and its
  // indexes take.
  const bufferPool = await raiseBufferPool(probe, BUFFER_POOL_BYTES);
  await probe.destroy();
  return { urls, dataDir, version: `${version}, InnoDB buffer pool ${Math.round(bufferPool / 2 ** 20)} MiB` };
}

/** Installs a Node.js version from the npm registry into the cache (.ci/install-node); its binary and exact version. */
function installNode(version: string): { binary: string; version: string } {
  const bin = execFileSync('bash', [path.join(repoRoot, '.ci', 'install-node'), version], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  const binary = path.join(bin, 'node');
  return { binary, version: execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim() };
}

async function measure(workload: ReadWorkload, target: Target, concurrency: number, seconds: number, stack: RunningStack): Promise<Measurement> {
  const request: LoadRequest = { url: target.url, body: JSON.stringify({ query: workload.query, variables: workload.variables }), headers: target.headers };
  await runLoad(request, concurrency, seconds / 3); // warm-up: plans, JIT, pools, caches
  const before = await sqlStatements(stack);
  const memory = sampleMemory(target.pid);
  const result = await runLoad(request, concurrency, seconds);
  const peak = memory.stop();
  const statements = (await sqlStatements(stack)) - before;
  log(`  ${workload.id} c=${concurrency} ${target.gateway.padEnd(10)} ${result.requestsPerSecond.toFixed(1)} req/s p95 ${result.p95} ms errors ${result.errors}`);
  return { workload: workload.id, title: workload.title, gateway: target.gateway, concurrency, ...result, sqlPerRequest: result.requests ? statements / result.requests : NaN, gatewayPeakMiB: peak };
}

/** Every gateway must give the same data for a workload before its speed means anything; returns the first one's. */
async function checkSameAnswers(workload: ReadWorkload, targets: Target[]): Promise<string> {
  const answers = await Promise.all(
    targets.map(async (target) => {
      const [body] = await sendSequentially({ url: target.url, body: JSON.stringify({ query: workload.query, variables: workload.variables }), headers: target.headers }, 1);
      const parsed = JSON.parse(body) as { data?: unknown; errors?: { message: string }[] };
      if (parsed.errors || !parsed.data) throw new Error(`${workload.id} through ${target.gateway} failed: ${parsed.errors?.[0]?.message ?? body.slice(0, 200)}`);
      return JSON.stringify(parsed.data);
    }),
  );
  const differing = targets.filter((_, index) => answers[index] !== answers[0]).map((target) => target.gateway);
  if (differing.length) throw new Error(`${workload.id}: ${differing.join(', ')} answered differently from ${targets[0].gateway}`);
  return answers[0];
}

/** The floor must answer exactly what our gateway answers (`ours`: the JSON text of its `data`). */
async function checkFloorAnswer(workload: ReadWorkload, db: FloorDb, ours: string): Promise<void> {
  const expected = `{"data":${ours}}`;
  const floor = await FLOORS[workload.id](db, workload.variables);
  if (floor === expected) return;
  let at = 0;
  while (floor[at] === expected[at]) at += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 80), at + 80));
  throw new Error(`${workload.id}: the floor's answer differs from ours at character ${at} of ${expected.length}:\n  ours:  …${around(expected)}…\n  floor: …${around(floor)}…`);
}

async function measureFloor(workload: ReadWorkload, db: FloorDb, concurrency: number, seconds: number): Promise<Measurement> {
  const floor = FLOORS[workload.id];
  await runFloor(floor, db, workload.variables, concurrency, seconds / 3); // warm-up, as for the gateways
  const result = await runFloor(floor, db, workload.variables, concurrency, seconds);
  log(`  ${workload.id} c=${concurrency} ${'floor'.padEnd(10)} ${result.requestsPerSecond.toFixed(1)} req/s p95 ${result.p95.toFixed(1)} ms errors ${result.errors}`);
  const { statements, ...load } = result;
  // The floor runs in this process, beside the load generator: its memory is not told apart, so none is given.
  return { workload: workload.id, title: workload.title, gateway: 'floor', concurrency, ...load, sqlPerRequest: load.requests ? statements / load.requests : NaN };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      sqlite: { type: 'boolean' },
      seconds: { type: 'string' },
      workloads: { type: 'string' },
      gateways: { type: 'string' },
      node: { type: 'string' },
      'cpu-prof': { type: 'boolean' },
    },
    strict: true,
  });
  const only = <T extends string>(list: string | undefined, all: T[]): T[] => (list ? all.filter((item) => list.split(',').includes(item)) : all);
  const quick = values.quick ?? false;
  const scale = quick ? QUICK_SCALE : DEFAULT_SCALE;
  const seconds = Number(values.seconds ?? (quick ? 1 : 10));
  const mysqlServer = (process.env.BENCH_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306').replace(/\/+$/, '');
  const startedAt = new Date().toISOString();
  // --node 20: a second gateway of ours on that Node.js version, in front of the same subgraphs.
  const otherNode = values.node ? installNode(values.node) : undefined;
  if (otherNode) log(`Our gateway also runs on Node.js ${otherNode.version} (${otherNode.binary}).`);

  const databases = await prepareDatabases(values.sqlite ?? false, mysqlServer);
  log(`Loading ${scale.cities} cities x ${scale.indicators} indicators x ${scale.years} years into ${databases.version}…`);
  const load = await loadScaleData(scale, { databaseUrls: databases.urls, dataDir: databases.dataDir });
  log(`  ${load.observations} observations in ${load.seconds.toFixed(1)} s`);

  const jwtSecret = randomBytes(32).toString('hex');
  const subgraphSecret = randomBytes(32).toString('hex');
  const env = {
    LOG_LEVEL: 'warn',
    SUBGRAPH_BREAKER_RESET_MS: String(BREAKER_RESET_MS),
    SEED: 'false',
    RESPONSE_CACHE: 'false',
    EXPOSE_SQL_STATS: 'true',
    RATE_LIMIT_READS_PER_MINUTE: '1000000000',
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    JWT_SECRET: jwtSecret,
    SUBGRAPH_SECRET: subgraphSecret,
  };
  // With --cpu-prof every service writes a V8 CPU profile when it stops (read them with profile-summary).
  const profileDir = path.resolve(__dirname, '../../results/profiles');
  const nodeOptions = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const stack = await launchStack({ dataDir: databases.dataDir, databaseUrls: databases.urls, env, nodeOptions });
  const extras: { stop(): Promise<void> }[] = [];
  // The floor reads MariaDB itself; on SQLite (one file per service, held by the subgraphs) it is not measured.
  const floorDb = values.sqlite ? undefined : openFloorDb(databases.urls as Record<ServiceName, string>);
  if (!floorDb) log('  the floor is skipped: it reads MariaDB only (--sqlite)');
  try {
    const [cached, hive, hiveRust, grafbase] = await Promise.all([
      startOurGateway(stack, { ...process.env, ...env, RESPONSE_CACHE: 'true' }, 'gateway+cache'),
      startHiveGateway(stack, subgraphSecret, { HIVE_ROUTER_RUNTIME: 'false' }),
      startHiveGateway(stack, subgraphSecret, { HIVE_ROUTER_RUNTIME: 'true' }),
      startGrafbaseGateway(stack, subgraphSecret),
    ]);
    extras.push(cached.process, hive.process, hiveRust.process, grafbase.process);
    const onOtherNode = otherNode && (await startOurGateway(stack, { ...process.env, ...env }, `gateway on ${otherNode.version}`, otherNode.binary));
    if (onOtherNode) extras.push(onOtherNode.process);
    const allGateways: Target[] = [
      { gateway: 'ours', url: `http://127.0.0.1:${stack.ports.gateway}/`, pid: stack.process('gateway').pid },
      { gateway: 'ours+cache', url: cached.url, pid: cached.process.pid },
      ...(onOtherNode ? [{ gateway: 'ours-other-node' as const, url: onOtherNode.url, pid: onOtherNode.process.pid }] : []),
      { gateway: 'hive', url: hive.url, pid: hive.process.pid },
      { gateway: 'hive-rust', url: hiveRust.url, pid: hiveRust.process.pid },
      { gateway: 'grafbase', url: grafbase.url, pid: grafbase.process.pid },
    ];
    const asked = (target: Target) => ['ours', 'ours-other-node'].includes(target.gateway) || only(values.gateways, [target.gateway]).length > 0;
    const gateways = allGateways.filter(asked);

    const data = dataShapeOf(scale);
    const measurements: Measurement[] = [];
    for (const workload of readWorkloads(data, quick).filter((candidate) => only(values.workloads, [candidate.id]).length > 0)) {
      const direct: Target[] = workload.singleSubgraph ? [{ gateway: 'direct', url: stack.subgraphUrl(workload.singleSubgraph), headers: { [SUBGRAPH_SECRET_HEADER]: subgraphSecret } }] : [];
      const ours = await checkSameAnswers(workload, [...gateways, ...direct]);
      if (floorDb) await checkFloorAnswer(workload, floorDb, ours);
      for (const concurrency of workload.concurrency) {
        for (const target of [...gateways, ...direct]) measurements.push(await measure(workload, target, concurrency, seconds, stack));
        if (floorDb) measurements.push(await measureFloor(workload, floorDb, concurrency, seconds));
      }
    }

    const matrix = largestMatrix(data);
    const body = JSON.stringify({ query: matrix.query, variables: matrix.variables });
    const memory = sampleMemory(gateways[0].pid, 20);
    const started = performance.now();
    const [answer] = await sendSequentially({ url: gateways[0].url, body }, 1);
    const matrixSeconds = (performance.now() - started) / 1000;
    const failure = answer.includes('"errors":') ? (JSON.parse(answer) as { errors: { message: string }[] }).errors[0].message : undefined;
    const largest = { cells: matrix.cells ?? 0, seconds: matrixSeconds, gatewayPeakMiB: memory.stop(), bytes: Buffer.byteLength(answer), error: failure };
    log(`  W3max ${largest.cells} cells: ${failure ? `failed after ${matrixSeconds.toFixed(1)} s: ${failure}` : `${matrixSeconds.toFixed(2)} s`}`);
    // A matrix that timed out may have opened the gateway's circuit breaker to indicators: let it close first.
    if (failure) await new Promise((resolve) => setTimeout(resolve, BREAKER_RESET_MS + 1_000));

    const admin = await signDevToken(jwtSecret, { sub: 'bench-admin', role: Role.ADMIN });
    const writes = await runWrites(gateways[0].url, admin, data, quick ? 500 : 5000, quick ? 100 : 1000);

    const results: BenchResults = {
      startedAt,
      quick,
      machine: machineFacts(databases.version),
      data: { cities: scale.cities, indicators: scale.indicators, years: scale.years, observations: load.observations, loadSeconds: load.seconds },
      secondsPerRun: seconds,
      otherNode: otherNode?.version,
      measurements,
      largestMatrix: largest,
      writes,
    };
    const folder = path.resolve(__dirname, '../../results');
    fs.mkdirSync(folder, { recursive: true });
    const name = quick ? 'quick' : 'latest';
    fs.writeFileSync(path.join(folder, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
    fs.writeFileSync(path.join(folder, `${name}.svg`), throughputSvg(results));
    fs.writeFileSync(path.join(folder, `${name}.md`), `${resultsHeading('Benchmark', startedAt, npmCommand('bench'))}\n${renderTables(results)}\n`);
    log(`\n${renderTables(results)}\n\nWritten: test/bench/results/${name}.{json,md,svg}`);
  } catch (error) {
    for (const name of [...SERVICE_NAMES, 'gateway'] as const) {
      const service = stack.process(name);
      if (!service.running) log(`${name} stopped; its last lines:\n${service.log.split('\n').slice(-15).join('\n')}`);
    }
    throw error;
  } finally {
    await floorDb?.close();
    for (const extra of extras) await extra.stop();
    await stack.stop();
    fs.rmSync(databases.dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
