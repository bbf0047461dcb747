import { renderTables } from '../bench/harness/report-table';
import type { BenchResults, GatewayKind, Measurement } from '../bench/harness/results';
import { throughputSvg } from '../bench/harness/throughput-chart';

const measurement = (gateway: GatewayKind, requestsPerSecond: number, p95: number, gatewayPeakMiB?: number): Measurement => ({
  workload: 'W7',
  title: 'indicator list',
  gateway,
  concurrency: 16,
  requests: requestsPerSecond * 10,
  requestsPerSecond,
  p50: p95 / 2,
  p95,
  p99: p95 * 2,
  errors: 0,
  sqlPerRequest: 1,
  gatewayPeakMiB,
});

const results = (measurements: Measurement[], otherNode?: string): BenchResults => ({
  startedAt: '2026-12-04T00:00:00.000Z',
  quick: true,
  machine: { cpus: 2, cpuModel: 'test', memoryGiB: 1, node: 'v24.22.3', database: 'MariaDB', platform: 'Linux' },
  data: { cities: 40, indicators: 40, years: 6, observations: 9600, loadSeconds: 1 },
  secondsPerRun: 1,
  otherNode,
  measurements,
});

describe('the benchmark report', () => {
  it('compares our gateway on the project’s Node.js with the same gateway on --node’s', () => {
    const report = renderTables(results([measurement('ours', 1200, 20, 500), measurement('ours-other-node', 800, 40, 300)], 'v20.20.2'));
    expect(report).toContain('| workload | clients | req/s on v24.22.3 | req/s on v20.20.2 | v24.22.3 / v20.20.2 |');
    expect(report).toContain('| W7 | 16 | 1200.0 | 800.0 | 1.50x | 20.0 | 40.0 | 500 | 300 |');
  });

  it('has no Node.js comparison without --node', () => {
    expect(renderTables(results([measurement('ours', 1200, 20, 500)]))).not.toContain('req/s on');
  });

  it('charts the series the run measured, the floor and the second Node.js among them', () => {
    const both = throughputSvg(results([measurement('ours', 1200, 20), measurement('floor', 9000, 2), measurement('ours-other-node', 800, 40)], 'v20.20.2'));
    expect(both).toContain('floor (SQL and JSON in one process, no GraphQL)');
    expect(both).toContain('our gateway on Node.js v20.20.2');
    const oursOnly = throughputSvg(results([measurement('ours', 1200, 20)]));
    expect(oursOnly).not.toContain('floor (');
    expect(oursOnly).not.toContain('Node.js v');
    expect(oursOnly).not.toContain('Hive Gateway');
  });
});
