import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchStack } from '@ugf/tools';
import { machineFacts } from '../harness/machine';
import { sampleMemory, residentMiB } from '../harness/memory-sampler';
import { npmCommand, resultsHeading } from '../harness/results-heading';
import { loadScaleData } from '../scale/load-scale-data';
import { parseScaleOptions, type ScaleOptions } from '../scale/scale-options';

const USAGE = `Builds and downloads the bulk download (GET /download/data.csv and data.ndjson) of two scale data sets,
a tenth of the cities and all of them, on SQLite, and prints the gateway's and the indicators subgraph's
memory (RSS, sampled every 50 ms) before and at the peak of the build and of the download.

  npm run bench:download -- [--cities 300 --indicators 200 --years 20] [--heap-mib 256]

--heap-mib caps every service's V8 heap (--max-old-space-size), as a container's memory limit would.`;

interface Row {
  cities: number;
  values: number;
  csvMiB: number;
  ndjsonMiB: number;
  buildSeconds: number;
  downloadSeconds: number;
  gatewayIdle: number;
  gatewayBuildPeak: number;
  gatewayDownloadPeak: number;
  indicatorsIdle: number;
  indicatorsBuildPeak: number;
}

const log = (message: string) => process.stdout.write(`${message}\n`);
const mib = (bytes: number) => bytes / 2 ** 20;

/** Reads a response body chunk by chunk, as a client saving it to disk would: its size and SHA-256. */
async function drain(response: Response): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

async function measure(scale: ScaleOptions, heapMiB: number | undefined): Promise<Row> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-bench-download-'));
  log(`Loading ${scale.cities} cities x ${scale.indicators} indicators x ${scale.years} years into SQLite…`);
  const load = await loadScaleData(scale, { databaseUrls: {}, dataDir });
  log(`  ${load.observations} observations in ${load.seconds.toFixed(1)} s`);
  const env = { LOG_LEVEL: 'warn', SEED: 'false', RESPONSE_CACHE: 'false', JWT_SECRET: randomBytes(32).toString('hex'), SUBGRAPH_SECRET: randomBytes(32).toString('hex') };
  const stack = await launchStack({ dataDir, databaseUrls: {}, env, nodeOptions: heapMiB ? [`--max-old-space-size=${heapMiB}`] : [] });
  try {
    const gatewayPid = stack.process('gateway').pid!;
    const indicatorsPid = stack.process('indicators').pid!;
    const idle = { gateway: residentMiB(gatewayPid)!, indicators: residentMiB(indicatorsPid)! };
    const gatewayBuild = sampleMemory(gatewayPid, 50);
    const indicatorsBuild = sampleMemory(indicatorsPid, 50);
    const started = performance.now();
    const answer = await fetch(`${stack.gatewayUrl}download`);
    if (!answer.ok) throw new Error(`GET /download answered ${answer.status}: ${await answer.text()}`);
    const index = (await answer.json()) as { values: number; files: { format: string; url: string; bytes: number; sha256: string }[] };
    const buildSeconds = (performance.now() - started) / 1000;
    const build = { gateway: gatewayBuild.stop()!, indicators: indicatorsBuild.stop()! };

    const gatewayDownload = sampleMemory(gatewayPid, 50);
    const downloadStarted = performance.now();
    for (const file of index.files) {
      const received = await drain(await fetch(new URL(file.url, stack.gatewayUrl)));
      if (received.bytes !== file.bytes || received.sha256 !== file.sha256)
        throw new Error(`${file.url}: ${received.bytes} bytes, sha256 ${received.sha256}; the index says ${file.bytes}, ${file.sha256}`);
    }
    const downloadSeconds = (performance.now() - downloadStarted) / 1000;
    const size = (format: string) => mib(index.files.find((file) => file.format === format)!.bytes);
    return {
      cities: scale.cities,
      values: index.values,
      csvMiB: size('csv'),
      ndjsonMiB: size('ndjson'),
      buildSeconds,
      downloadSeconds,
      gatewayIdle: idle.gateway,
      gatewayBuildPeak: build.gateway,
      gatewayDownloadPeak: gatewayDownload.stop()!,
      indicatorsIdle: idle.indicators,
      indicatorsBuildPeak: build.indicators,
    };
  } finally {
    await stack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function render(rows: Row[], startedAt: string, scale: ScaleOptions, heapMiB: number | undefined): string {
  const f = (value: number, digits = 0) => value.toFixed(digits);
  const machine = machineFacts('SQLite (better-sqlite3)');
  const lines = [
    resultsHeading('Bulk download memory', startedAt, npmCommand('bench:download')),
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.database}; ${scale.indicators} indicators x ${scale.years} years; the build reads the graph 1,000 values a page; V8 heap ${heapMiB ? `capped at ${heapMiB} MiB` : "Node's default"}.\n`,
    '| cities | values | CSV MiB | NDJSON MiB | build s | download s | gateway RSS idle → build peak → download peak (MiB) | indicators RSS idle → build peak (MiB) |',
    '|---:|---:|---:|---:|---:|---:|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.cities} | ${row.values} | ${f(row.csvMiB, 1)} | ${f(row.ndjsonMiB, 1)} | ${f(row.buildSeconds, 1)} | ${f(row.downloadSeconds, 1)} | ${f(row.gatewayIdle)} → ${f(row.gatewayBuildPeak)} → ${f(row.gatewayDownloadPeak)} | ${f(row.indicatorsIdle)} → ${f(row.indicatorsBuildPeak)} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    log(USAGE);
    return;
  }
  const args = process.argv.slice(2);
  const heapAt = args.indexOf('--heap-mib');
  const heapMiB = heapAt >= 0 ? Number(args[heapAt + 1]) : undefined;
  if (heapMiB !== undefined && !(Number.isInteger(heapMiB) && heapMiB >= 64)) throw new Error('--heap-mib must be a whole number of MiB, at least 64');
  const scale = parseScaleOptions(heapAt >= 0 ? [...args.slice(0, heapAt), ...args.slice(heapAt + 2)] : args);
  const startedAt = new Date().toISOString();
  const tenth = { ...scale, cities: Math.max(13, Math.round(scale.cities / 10)) };
  const rows = [await measure(tenth, heapMiB), await measure(scale, heapMiB)];
  const report = render(rows, startedAt, scale, heapMiB);
  const file = path.resolve(__dirname, `../../../results/download${heapMiB ? `-heap-${heapMiB}` : ''}.md`);
  fs.writeFileSync(file, report);
  log(`\n${report}\nWritten to ${path.relative(process.cwd(), file)}.`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
