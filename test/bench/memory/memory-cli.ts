import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createDataSource, dropMysqlDatabase, SERVICE_NAMES, type ServiceName } from '@ugf/runtime';
import { launchStack, type ServiceProcess } from '@ugf/tools';
import { raiseBufferPool } from '../harness/buffer-pool';
import { residentMiB, sampleMemory } from '../harness/memory-sampler';
import { startOurGateway } from '../harness/our-gateway';
import { npmCommand, resultsHeading } from '../harness/results-heading';
import { runLoad, sendSequentially } from '../harness/run-load';
import { dataShapeOf, largestMatrix, readWorkloads } from '../harness/workloads';
import { loadScaleData } from '../scale/load-scale-data';
import { DEFAULT_SCALE } from '../scale/scale-options';
import { parseVariants, type Variant } from './variants';

const USAGE = `Our gateway's memory under different Node.js, V8 and malloc settings: one gateway per setting, all in front
of the same subgraphs on the benchmark's MariaDB data, measured one after another (peak RSS per workload at 16
and 1 clients, the largest matrix, RSS at start and after 10 s idle). Writes test/bench/results/memory.md.

  npm run bench:memory -- [--variants 'default=|heap384=NODE_OPTIONS:--max-old-space-size=384'] [--workloads W1,W3,W3c] [--seconds 6]

A variant is name=VAR:value,VAR:value (environment of that gateway's process); name= alone is the default.
Gateways measured later find the database warmer: compare memory across variants, not throughput.`;

const DEFAULT_VARIANTS = 'default=|heap384=NODE_OPTIONS:--max-old-space-size=384|mmap128k=MALLOC_MMAP_THRESHOLD_:131072|heap256=NODE_OPTIONS:--max-old-space-size=256';
const log = (message: string) => process.stdout.write(`${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mib = (value: number | undefined) => (value === undefined ? 'exited' : value.toFixed(0));

async function prepareMysql(): Promise<Record<ServiceName, string>> {
  const server = (process.env.BENCH_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306').replace(/\/+$/, '');
  const urls = Object.fromEntries(SERVICE_NAMES.map((name) => [name, `${server}/ugf_bench_${name}`])) as Record<ServiceName, string>;
  for (const url of Object.values(urls)) await dropMysqlDatabase(url);
  const probe = createDataSource({ databaseUrl: server, sqlitePath: '', entities: [], migrations: [] });
  await probe.initialize();
  await raiseBufferPool(probe, 2 ** 30);
  await probe.destroy();
  return urls;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { variants: { type: 'string' }, workloads: { type: 'string' }, seconds: { type: 'string' }, help: { type: 'boolean' } }, strict: true });
  if (values.help) {
    log(USAGE);
    return;
  }
  const variants: Variant[] = parseVariants(values.variants ?? DEFAULT_VARIANTS);
  const wanted = (values.workloads ?? 'W1,W3,W3c').split(',');
  const seconds = Number(values.seconds ?? 6);
  const startedAt = new Date().toISOString();
  const urls = await prepareMysql();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-bench-memory-'));
  const load = await loadScaleData(DEFAULT_SCALE, { databaseUrls: urls, dataDir });
  log(`${load.observations} observations loaded in ${load.seconds.toFixed(0)} s`);
  const env = {
    LOG_LEVEL: 'warn',
    SEED: 'false',
    RESPONSE_CACHE: 'false',
    RATE_LIMIT_READS_PER_MINUTE: '1000000000',
    JWT_SECRET: randomBytes(32).toString('hex'),
    SUBGRAPH_SECRET: randomBytes(32).toString('hex'),
  };
  const stack = await launchStack({ dataDir, databaseUrls: urls, env });
  const gateways: { variant: Variant; url: string; process: ServiceProcess }[] = [];
  const lines: string[] = [];
  const row = (cells: (string | number)[]) => {
    lines.push(`| ${cells.join(' | ')} |`);
    log(cells.join('  '));
  };
  try {
    for (const variant of variants) gateways.push({ variant, ...(await startOurGateway(stack, { ...process.env, ...env, ...variant.env }, variant.name)) });
    const data = dataShapeOf(DEFAULT_SCALE);
    const workloads = readWorkloads(data, false).filter((workload) => wanted.includes(workload.id));
    const matrix = largestMatrix(data);
    for (const gateway of gateways) {
      const start = residentMiB(gateway.process.pid!);
      for (const workload of workloads) {
        const request = { url: gateway.url, body: JSON.stringify({ query: workload.query, variables: workload.variables }) };
        for (const clients of [16, 1]) {
          await runLoad(request, clients, seconds / 3);
          const memory = sampleMemory(gateway.process.pid);
          const result = await runLoad(request, clients, seconds);
          row([gateway.variant.name, workload.id, clients, result.requestsPerSecond.toFixed(1), result.errors, mib(start), mib(memory.stop())]);
        }
      }
      const memory = sampleMemory(gateway.process.pid, 20);
      const [answer] = await sendSequentially({ url: gateway.url, body: JSON.stringify({ query: matrix.query, variables: matrix.variables }) }, 1).catch(() => ['failed']);
      row([gateway.variant.name, `W3max (${matrix.cells} cells)`, 1, answer.startsWith('{"data"') ? 'answered' : 'failed', '', mib(start), mib(memory.stop())]);
      await sleep(10_000);
      row([gateway.variant.name, 'idle 10 s after', '', '', '', mib(start), mib(residentMiB(gateway.process.pid!))]);
    }
  } finally {
    for (const gateway of gateways) await gateway.process.stop();
    await stack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const settings = variants.map(
    (variant) =>
      `- \`${variant.name}\`: ${
        Object.entries(variant.env)
          .map(([key, value]) => `\`${key}=${value}\``)
          .join(', ') || "Node's defaults"
      }`,
  );
  const table = ['| gateway | workload | clients | req/s | errors | RSS at start (MiB) | peak RSS (MiB) |', '|---|---|---:|---:|---:|---:|---:|', ...lines];
  const text = `${resultsHeading("Our gateway's memory", startedAt, npmCommand('bench:memory'))}\nNode ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; ${DEFAULT_SCALE.cities} cities x ${DEFAULT_SCALE.indicators} indicators x ${DEFAULT_SCALE.years} years on MariaDB; ${seconds} s per measurement.\n\n${settings.join('\n')}\n\n${table.join('\n')}\n`;
  fs.writeFileSync(path.resolve(__dirname, '../../../results/memory.md'), text);
  log('Written: test/bench/results/memory.md');
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
