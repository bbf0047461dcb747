import * as echarts from 'echarts';
import { type BenchResults, find, type GatewayKind } from './results';

const SERIES: { gateway: GatewayKind; name: string }[] = [
  { gateway: 'ours', name: 'our gateway (@apollo/gateway, no cache)' },
  { gateway: 'ours+cache', name: 'our gateway with response cache' },
  { gateway: 'hive', name: 'Hive Gateway' },
  { gateway: 'hive-rust', name: 'Hive Gateway, Rust runtime' },
  { gateway: 'grafbase', name: "Grafbase's gateway (Rust)" },
  { gateway: 'floor', name: 'floor (SQL and JSON in one process, no GraphQL)' },
];

/** The series the run measured (no floor on SQLite; our gateway on a second Node.js only with `--node`). */
function seriesOf(results: BenchResults): { gateway: GatewayKind; name: string }[] {
  const measured = new Set(results.measurements.map((m) => m.gateway));
  const all = results.otherNode ? [...SERIES.slice(0, 2), { gateway: 'ours-other-node' as const, name: `our gateway on Node.js ${results.otherNode}` }, ...SERIES.slice(2)] : SERIES;
  return all.filter((series) => measured.has(series.gateway));
}

/** Requests per second per workload at its highest concurrency, one bar per gateway, as an SVG (ECharts server-side rendering). */
export function throughputSvg(results: BenchResults): string {
  const workloads = [...new Set(results.measurements.map((m) => m.workload))];
  const levels = workloads.map((workload) => Math.max(...results.measurements.filter((m) => m.workload === workload).map((m) => m.concurrency)));
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 900, height: 420 });
  chart.setOption({
    animation: false,
    title: {
      text: `Throughput (req/s), ${results.data.cities} cities x ${results.data.indicators} indicators x ${results.data.years} years, ${results.machine.database}`,
      left: 'center',
      textStyle: { fontSize: 13 },
    },
    legend: { top: 30 },
    grid: { top: 90, left: 60, right: 20, bottom: 40 },
    xAxis: { type: 'category', data: workloads.map((workload, index) => `${workload} (${levels[index]} clients)`) },
    yAxis: { type: 'value', name: 'req/s' },
    series: seriesOf(results).map(({ gateway, name }) => ({
      name,
      type: 'bar',
      data: workloads.map((workload, index) => Number((find(results, workload, gateway, levels[index])?.requestsPerSecond ?? 0).toFixed(1))),
    })),
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
