import { type BenchResults, find, type GatewayKind } from './results';

const fixed = (value: number | undefined, digits = 1) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));
const ratio = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}x` : '–');

/** Our gateway on the project's Node.js against the same gateway on `--node`'s, in front of the same subgraphs. */
function nodeTable(results: BenchResults, otherNode: string): string[] {
  const ours = results.measurements.filter((m) => m.gateway === 'ours');
  const lines = [
    `| workload | clients | req/s on ${results.machine.node} | req/s on ${otherNode} | ${results.machine.node} / ${otherNode} | p95 ms on ${results.machine.node} | p95 ms on ${otherNode} | RSS MiB on ${results.machine.node} | RSS MiB on ${otherNode} |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const m of ours) {
    const other = find(results, m.workload, 'ours-other-node', m.concurrency);
    lines.push(
      `| ${m.workload} | ${m.concurrency} | ${fixed(m.requestsPerSecond)} | ${fixed(other?.requestsPerSecond)} | ${ratio(m.requestsPerSecond, other?.requestsPerSecond)} | ${fixed(m.p95)} | ${fixed(other?.p95)} | ${fixed(m.gatewayPeakMiB, 0)} | ${fixed(other?.gatewayPeakMiB, 0)} |`,
    );
  }
  return lines;
}

/** The measurements as a Markdown table (one row per workload, gateway and concurrency), then the ratios. */
export function renderTables(results: BenchResults): string {
  const lines = ['| workload | clients | gateway | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req | gateway RSS MiB |', '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const m of results.measurements) {
    lines.push(
      `| ${m.workload} ${m.title} | ${m.concurrency} | ${m.gateway} | ${fixed(m.requestsPerSecond)} | ${fixed(m.p50)} | ${fixed(m.p95)} | ${fixed(m.p99)} | ${m.errors} | ${fixed(m.sqlPerRequest, 1)} | ${fixed(m.gatewayPeakMiB, 0)} |`,
    );
  }
  // X / floor: X's time per request over the floor's at the same number of clients (floor req/s ÷ X's req/s).
  lines.push(
    '',
    '| workload | clients | ours / Hive | ours / Hive (Rust runtime) | ours / Grafbase | ours+cache / Hive | gateway / direct (time per request) | floor ms/request | ours / floor | hive-rust / floor |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  const keys = [...new Set(results.measurements.map((m) => `${m.workload}|${m.concurrency}`))];
  for (const key of keys) {
    const [workload, clients] = key.split('|');
    const c = Number(clients);
    const rps = (gateway: GatewayKind) => find(results, workload, gateway, c)?.requestsPerSecond;
    const direct = rps('direct');
    const floor = rps('floor');
    lines.push(
      `| ${workload} | ${c} | ${ratio(rps('ours'), rps('hive'))} | ${ratio(rps('ours'), rps('hive-rust'))} | ${ratio(rps('ours'), rps('grafbase'))} | ${ratio(rps('ours+cache'), rps('hive'))} | ${c === 1 && direct ? ratio(direct, rps('ours')) : '–'} | ${fixed(floor ? 1000 / floor : undefined, 2)} | ${ratio(floor, rps('ours'))} | ${ratio(floor, rps('hive-rust'))} |`,
    );
  }
  if (results.otherNode) lines.push('', ...nodeTable(results, results.otherNode));
  if (results.largestMatrix) {
    const { cells, seconds, gatewayPeakMiB, bytes, error } = results.largestMatrix;
    lines.push(
      '',
      error
        ? `Largest matrix (${cells} cells) through our gateway at one client: failed after ${seconds.toFixed(2)} s (${error}); gateway peak RSS ${fixed(gatewayPeakMiB, 0)} MiB.`
        : `Largest matrix (${cells} cells, ${(bytes / 1e6).toFixed(1)} MB of JSON) through our gateway at one client: ${seconds.toFixed(2)} s, gateway peak RSS ${fixed(gatewayPeakMiB, 0)} MiB.`,
    );
  }
  if (results.writes) {
    lines.push('', '| W6 writes (MariaDB or SQLite, through the gateway) | items | seconds | outcome |', '|---|---:|---:|---|');
    for (const batch of results.writes.batches) lines.push(`| ${batch.label} | ${batch.items} | ${batch.seconds.toFixed(2)} | ${batch.outcome} |`);
  }
  return lines.join('\n');
}
