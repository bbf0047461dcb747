import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchStack } from '@ugf/tools';

/**
 * `npm run bench:refusals [-- --gateway URL] [--runs N]`: how long the gateway takes to refuse each kind of
 * bomb (p50 / p99 over N sequential requests, measured at the client on this machine), and the size and
 * time of the nested-peers answer. Without --gateway it starts the stack on SQLite on free ports.
 */
const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};

const peers = 'peers { id observations { nodes { value revisions { value } } } }';
const BOMBS: Record<string, string> = {
  'depth (20 levels)': `{ city(id: "beijing") { ${'peers { '.repeat(20)}id${' }'.repeat(20)} } }`,
  'aliases (1,000)': `{ ${Array.from({ length: 1000 }, (_, index) => `a${index}: initiatives { id }`).join(' ')} }`,
  'directives (100)': `{ cities { id ${'@skip(if: false) '.repeat(100)} } }`,
  'tokens (100,000 in 300 kB)': `{ cities { ${'id '.repeat(100_000)}} }`,
  'tokens (12,000 in 36 kB)': `{ cities { ${'id '.repeat(12_000)}} }`,
  'cost (nested peers)': `{ cities { ${peers.replace(/ }$/, ` ${peers} }`)} } }`,
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function post(url: string, query: string): Promise<{ status: number; bytes: number; ms: number; code?: string }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const text = await response.text();
  const ms = performance.now() - started;
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
  } catch {
    code = undefined;
  }
  return { status: response.status, bytes: Buffer.byteLength(text), ms, code };
}

async function main(): Promise<void> {
  const runs = Number(argument('runs') ?? 200);
  let url = argument('gateway');
  const dataDir = url ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-refusals-'));
  // Rate limits would refuse the measured requests themselves.
  const stack = dataDir ? await launchStack({ dataDir, env: { LOG_LEVEL: 'warn', RESPONSE_CACHE: 'false', RATE_LIMIT_READS_PER_MINUTE: '1000000000' } }) : undefined;
  url ??= stack!.gatewayUrl;
  try {
    console.log(`| refusal | answer | p50 ms | p99 ms |\n|---|---|---:|---:|`);
    for (const [name, query] of Object.entries(BOMBS)) {
      for (let warm = 0; warm < 10; warm += 1) await post(url, query);
      const times: number[] = [];
      let answer = '';
      for (let run = 0; run < runs; run += 1) {
        const result = await post(url, query);
        times.push(result.ms);
        answer = `${result.status} ${result.code ?? ''}`;
      }
      times.sort((a, b) => a - b);
      console.log(`| ${name} | ${answer} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 99).toFixed(1)} |`);
    }
    const nested = await post(url, BOMBS['cost (nested peers)']);
    console.log(`\nNested peers query: HTTP ${nested.status} ${nested.code ?? 'ok'}, ${nested.bytes} bytes in ${nested.ms.toFixed(0)} ms (${runs} runs per refusal).`);
  } finally {
    await stack?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
