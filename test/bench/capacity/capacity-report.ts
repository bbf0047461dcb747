import { ceilingRate, componentOf, mixCost, planCapacity, type WorkloadCost } from './capacity-model';
import type { CapacityMeasurement, CapacityResults } from './capacity-results';

const COMPONENTS = ['gateway', 'cities', 'initiatives', 'indicators', 'cases', 'database', 'haproxy', 'redis', 'load generator'];
const percent = (share: number) => `${(share * 100).toFixed(0)} %`;

function costOf(measurement: CapacityMeasurement): WorkloadCost {
  return { workload: measurement.workload, requests: measurement.requests, cpuSeconds: measurement.cpuSeconds };
}

function byComponent(measurement: CapacityMeasurement): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [name, seconds] of Object.entries(measurement.cpuSeconds)) totals[componentOf(name)] = (totals[componentOf(name)] ?? 0) + seconds;
  return totals;
}

/** The measurements, what saturated, CPU per request by component, and the plan for the stated rate. */
export function renderCapacity(results: CapacityResults): string {
  const at = (replicas: number, workload: string) => results.measurements.find((m) => m.replicas === replicas && m.workload === workload);
  const workloads = [...new Set(results.measurements.map((m) => m.workload))];
  const lines = [
    `Data: ${results.data.cities} cities x ${results.data.indicators} indicators x ${results.data.years} years (${results.data.observations} observations) on ${results.machine.database}; ` +
      `${results.machine.cpus} cores (${results.machine.cpuModel}), ${results.secondsPerRun} s per run, response cache off, load generator on the same machine.`,
    '',
    '| workload | clients | req/s, 1 replica | p95 ms | req/s, 2 replicas | p95 ms | 2 ÷ 1 | errors | machine busy (1 / 2) | busiest process, 1 replica | busiest process, 2 replicas |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const workload of workloads) {
    const one = at(1, workload);
    const two = at(2, workload);
    if (!one || !two) continue;
    lines.push(
      `| ${workload} ${one.title} | ${one.clients} | ${one.requestsPerSecond.toFixed(1)} | ${one.p95.toFixed(0)} | ${two.requestsPerSecond.toFixed(1)} | ${two.p95.toFixed(0)} | ` +
        `${(two.requestsPerSecond / one.requestsPerSecond).toFixed(2)}x | ${one.errors + two.errors} | ${percent(one.machineBusy)} / ${percent(two.machineBusy)} | ` +
        `${one.busiest.process} ${percent(one.busiest.coreShare)} of a core | ${two.busiest.process} ${percent(two.busiest.coreShare)} of a core |`,
    );
  }

  lines.push('', `CPU milliseconds per request, by component (all replicas or nodes of it together):`, '');
  lines.push(`| replicas | workload | ${COMPONENTS.join(' | ')} | all |`, `|---:|---|${COMPONENTS.map(() => '---:').join('|')}|---:|`);
  for (const measurement of results.measurements) {
    const totals = byComponent(measurement);
    const perRequest = (seconds: number | undefined) => ((seconds ?? 0) * 1000) / measurement.requests;
    const all = Object.values(totals).reduce((sum, seconds) => sum + seconds, 0);
    lines.push(`| ${measurement.replicas} | ${measurement.workload} | ${COMPONENTS.map((component) => perRequest(totals[component]).toFixed(2)).join(' | ')} | ${perRequest(all).toFixed(2)} |`);
  }

  const { rate, mix, utilisation, databaseCoresPerNode, minReplicas } = results.plan;
  const costs = results.measurements.filter((m) => m.replicas === 2).map(costOf);
  const perRequest = mixCost(costs, mix);
  const weightTotal = Object.values(mix).reduce((sum, weight) => sum + weight, 0);
  const mixText = Object.entries(mix).map(([workload, weight]) => `${workload} ${percent(weight / weightTotal)}`).join(', ');
  const allCpu = Object.values(perRequest).reduce((sum, seconds) => sum + seconds, 0);
  const measuredMix = 1 / Object.entries(mix).reduce((sum, [workload, weight]) => sum + weight / weightTotal / (at(2, workload)?.requestsPerSecond ?? NaN), 0);
  lines.push(
    '',
    `Request mix: ${mixText}. CPU per request of the mix, measured with 2 replicas, everything on this machine included: ${(allCpu * 1000).toFixed(1)} ms. ` +
      `This machine's ${results.machine.cpus} cores can then serve ${ceilingRate(results.machine.cpus, allCpu).toFixed(0)} req/s of the mix; ` +
      `the runs above served ${measuredMix.toFixed(0)} req/s of it (each workload's 2-replica rate, weighted).`,
    '',
    `Plan for ${rate} req/s of the mix, each component at most ${percent(utilisation)} busy, a service replica counted as one core (Node.js runs its JavaScript on one), ` +
      `database nodes of ${databaseCoresPerNode} cores, at least ${minReplicas} replicas of each service and 3 database nodes:`,
    '',
    '| component | CPU ms per request | one replica or node saturates at (req/s) | cores busy = rate × CPU | cores ÷ utilisation | replicas or nodes |',
    '|---|---:|---:|---:|---:|---:|',
  );
  const plan = planCapacity(
    Object.fromEntries(Object.entries(perRequest).filter(([component]) => component !== 'load generator')),
    { rate, mix, utilisation, databaseCoresPerNode, minReplicas },
  );
  plan.sort((a, b) => a.unitCeiling - b.unitCeiling);
  for (const row of plan) {
    lines.push(`| ${row.component} | ${row.cpuMsPerRequest.toFixed(2)} | ${row.unitCeiling.toFixed(0)} | ${rate} × ${(row.cpuMsPerRequest / 1000).toFixed(5)} = ${row.coresBusy.toFixed(2)} | ${(row.coresBusy / utilisation).toFixed(2)} | ${row.units} |`);
  }
  const first = plan[0];
  lines.push('', `Given a core of its own per replica, ${first.component} saturates first: at ${first.unitCeiling.toFixed(0)} req/s of the mix per ${first.component === 'database' ? 'node' : 'replica'}.`);
  return lines.join('\n');
}
