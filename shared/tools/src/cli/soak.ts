import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { signDevToken, Role } from '@ugf/runtime';
import { quantileOf } from './soak-report';
import { launchStack } from '../stack/launch-stack';

/**
 * `npm run soak -- --minutes 10 [--rate 20]`: starts its own stack on free ports (SQLite in a temp folder),
 * sends a steady mix of reads (80 %) and writes (20 %) through the gateway, restarts the cases subgraph
 * half-way, and reports errors by code, p95 latency per minute and the gateway's memory at start and end.
 */
const READS = [
  '{ cities { name population cases { nodes { title } } } }',
  '{ ranking(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN", period: "2024") { entries { rank value city { name } } } }',
  '{ city(id: "chengdu") { series(includeSample: true, indicatorCode: "HOTLINE_RESOLUTION_RATE") { trend } progress(includeSample: true, period: "2024") { index } } }',
];

/** The gateway's resident memory and V8 heap in use, from its own /metrics. */
async function gatewayMemory(port: number): Promise<{ rss: number; heap: number }> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const metric = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)`, 'm').exec(text)?.[1] ?? 0);
  return { rss: metric('process_resident_memory_bytes'), heap: metric('nodejs_heap_size_used_bytes') };
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const percent = (from: number, to: number) => `${to >= from ? '+' : ''}${(((to - from) / from) * 100).toFixed(1)} %`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, rate: { type: 'string', default: '20' } } });
  const minutes = Number(values.minutes);
  const rate = Number(values.rate);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-soak-'));
  const jwtSecret = randomBytes(32).toString('hex');
  const stack = await launchStack({
    dataDir,
    env: {
      JWT_SECRET: jwtSecret,
      SUBGRAPH_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_READS_PER_MINUTE: '1000000',
      RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
      SUBGRAPH_BREAKER_RESET_MS: '2000',
    },
  });
  const token = await signDevToken(jwtSecret, { sub: 'soak', role: Role.CITY_EDITOR, city: 'shenzhen' }, '2h');
  const memoryAtStart = await gatewayMemory(stack.ports.gateway);
  const end = Date.now() + minutes * 60_000;
  const restartAt = Date.now() + (minutes * 60_000) / 2;
  let restarted = false;
  let sequence = 0;
  const minutesSeen: { latencies: number[]; errors: Map<string, number> }[] = [];
  const memoryByMinute: { rss: number; heap: number }[] = [];
  const inFlight = new Set<Promise<void>>();

  console.log(`Soak: ${minutes} min at ${rate} requests/s against ${stack.gatewayUrl}`);
  while (Date.now() < end) {
    if (!restarted && Date.now() >= restartAt) {
      restarted = true;
      console.log('restarting the cases subgraph');
      void stack.restart('cases');
    }
    const minute = Math.floor((Date.now() - (end - minutes * 60_000)) / 60_000);
    if (!minutesSeen[minute] && minute > 0) memoryByMinute[minute - 1] = await gatewayMemory(stack.ports.gateway);
    const bucket = (minutesSeen[minute] ??= { latencies: [], errors: new Map() });
    const write = sequence % 5 === 4;
    const body = write
      ? {
          query: 'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created corrected unchanged } }',
          variables: {
            input: {
              idempotencyKey: `soak-${sequence}`,
              items: [{ cityId: 'shenzhen', indicatorCode: 'VOLUNTEER_HOURS_PER_RESIDENT', period: String(1900 + (sequence % 100)), value: sequence % 50, source: 'soak', note: 'soak correction' }],
            },
          },
        }
      : { query: READS[sequence % READS.length] };
    sequence += 1;
    const started = Date.now();
    const request = fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) })
      .then(async (response) => {
        const result = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        const code = result.errors?.[0]?.extensions?.code ?? (response.ok ? undefined : `HTTP_${response.status}`);
        if (code) bucket.errors.set(code, (bucket.errors.get(code) ?? 0) + 1);
      })
      .catch(() => {
        bucket.errors.set('NETWORK', (bucket.errors.get('NETWORK') ?? 0) + 1);
      })
      .finally(() => {
        bucket.latencies.push(Date.now() - started);
        inFlight.delete(request);
      });
    inFlight.add(request);
    await new Promise((resolve) => setTimeout(resolve, 1000 / rate));
  }
  await Promise.all(inFlight);
  const memoryAtEnd = await gatewayMemory(stack.ports.gateway);
  await stack.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });

  memoryByMinute[minutesSeen.length - 1] = memoryAtEnd;
  console.log('minute  requests  p95 ms  gateway rss  gateway heap  errors');
  minutesSeen.forEach((bucket, minute) => {
    const errors = [...bucket.errors].map(([code, count]) => `${code}:${count}`).join(' ') || '-';
    const memory = memoryByMinute[minute];
    console.log(
      `${String(minute + 1).padStart(6)}  ${String(bucket.latencies.length).padStart(8)}  ${String(quantileOf(bucket.latencies, 0.95)).padStart(6)}  ${(memory ? mib(memory.rss) : '-').padStart(11)}  ${(memory ? mib(memory.heap) : '-').padStart(12)}  ${errors}`,
    );
  });
  const afterWarmUp = memoryByMinute[0] ?? memoryAtStart;
  console.log(
    `gateway rss: ${mib(memoryAtStart.rss)} at start, ${mib(afterWarmUp.rss)} after the first minute, ${mib(memoryAtEnd.rss)} at end (${percent(memoryAtStart.rss, memoryAtEnd.rss)} from start, ${percent(afterWarmUp.rss, memoryAtEnd.rss)} after warm-up)`,
  );
  console.log(
    `gateway heap used: ${mib(memoryAtStart.heap)} at start, ${mib(afterWarmUp.heap)} after the first minute, ${mib(memoryAtEnd.heap)} at end (${percent(afterWarmUp.heap, memoryAtEnd.heap)} after warm-up)`,
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
