import { ceilingRate, componentOf, planCapacity, type PlanAssumptions } from './capacity-model';
import { planCosts, twoReplicaMisses, type CapacityMeasurement, type CapacityResults } from './capacity-results';

const COMPONENTS = ['gateway', 'cities', 'initiatives', 'indicators', 'cases', 'database', 'haproxy', 'redis', 'load generator'];
const percent = (share: number) => `${(share * 100).toFixed(0)} %`;

function byComponent(measurement: CapacityMeasurement): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [name, seconds] of Object.entries(measurement.cpuSeconds)) totals[componentOf(name)] = (totals[componentOf(name)] ?? 0) + seconds;
  return totals;
}

function throughputTable(results: CapacityResults): string[] {
  const at = (replicas: number, workload: string) => results.measurements.find((m) => m.replicas === replicas && m.workload === workload && !m.cacheHits);
  const lines = [
    '| workload | clients | req/s, 1 replica | p95 ms | req/s, 2 replicas | p95 ms | 2 ÷ 1 | errors | machine busy (1 / 2) | busiest process, 1 replica | busiest process, 2 replicas |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const workload of [...new Set(results.measurements.map((m) => m.workload))]) {
    const one = at(1, workload);
    const two = at(2, workload);
    if (!one || !two) continue;
    lines.push(
      `| ${workload} ${one.title} | ${one.clients} | ${one.requestsPerSecond.toFixed(1)} | ${one.p95.toFixed(0)} | ${two.requestsPerSecond.toFixed(1)} | ${two.p95.toFixed(0)} | ` +
        `${(two.requestsPerSecond / one.requestsPerSecond).toFixed(2)}x | ${one.errors + two.errors} | ${percent(one.machineBusy)} / ${percent(two.machineBusy)} | ` +
        `${one.busiest.process} ${percent(one.busiest.coreShare)} of a core | ${two.busiest.process} ${percent(two.busiest.coreShare)} of a core |`,
    );
  }
  return lines;
}

function cpuTable(results: CapacityResults): string[] {
  const lines = [
    'CPU milliseconds per request, by component (all replicas or nodes of it together):',
    '',
    `| replicas | workload | req/s | ${COMPONENTS.join(' | ')} | all |`,
    `|---|---|---:|${COMPONENTS.map(() => '---:').join('|')}|---:|`,
  ];
  for (const measurement of results.measurements) {
    const totals = byComponent(measurement);
    const perRequest = (seconds: number | undefined) => ((seconds ?? 0) * 1000) / measurement.requests;
    const all = Object.values(totals).reduce((sum, seconds) => sum + seconds, 0);
    const label = `${measurement.replicas}${measurement.cacheHits ? ', cache hits' : ''}`;
    lines.push(
      `| ${label} | ${measurement.workload} | ${measurement.requestsPerSecond.toFixed(1)} | ${COMPONENTS.map((component) => perRequest(totals[component]).toFixed(2)).join(' | ')} | ${perRequest(all).toFixed(2)} |`,
    );
  }
  return lines;
}

function planTable(title: string, perRequest: Record<string, number>, assumptions: PlanAssumptions): string[] {
  const { rate, utilisation } = assumptions;
  const plan = planCapacity(perRequest, assumptions);
  plan.sort((a, b) => a.unitCeiling - b.unitCeiling);
  const lines = [
    title,
    '',
    '| component | CPU ms per request | one replica or node saturates at (req/s) | cores busy = rate × CPU | cores ÷ utilisation | replicas or nodes |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const row of plan) {
    lines.push(
      `| ${row.component} | ${row.cpuMsPerRequest.toFixed(2)} | ${row.unitCeiling.toFixed(0)} | ${rate} × ${(row.cpuMsPerRequest / 1000).toFixed(5)} = ${row.coresBusy.toFixed(2)} | ${(row.coresBusy / utilisation).toFixed(2)} | ${row.units} |`,
    );
  }
  const first = plan[0];
  lines.push(
    '',
    `Given a core of its own per replica, ${first.component} saturates first: at ${first.unitCeiling.toFixed(0)} req/s of the mix per ${first.component === 'database' ? 'node' : 'replica'}.`,
  );
  return lines;
}

/** The measurements, what saturated, CPU per request by component, and the plans for the stated rate. */
export function renderCapacity(results: CapacityResults): string {
  const { plan, machine } = results;
  const misses = twoReplicaMisses(results);
  const { cold: missCost, warm, coldOnThisMachine: allCpu } = planCosts(results);
  const weightTotal = Object.values(plan.mix).reduce((sum, weight) => sum + weight, 0);
  const mixText = Object.entries(plan.mix)
    .map(([workload, weight]) => `${workload} ${percent(weight / weightTotal)}`)
    .join(', ');
  const rateOf = (workload: string) => misses.find((m) => m.workload === workload)?.requestsPerSecond ?? NaN;
  const measuredMix = 1 / Object.entries(plan.mix).reduce((sum, [workload, weight]) => sum + weight / weightTotal / rateOf(workload), 0);
  const setting =
    `each component at most ${percent(plan.utilisation)} busy, a service replica counted as one core (Node.js runs its JavaScript on one), ` +
    `database nodes of ${plan.databaseCoresPerNode} cores, at least ${plan.minReplicas} replicas of each service and 3 database nodes`;
  const lines = [
    `Data: ${results.data.cities} cities x ${results.data.indicators} indicators x ${results.data.years} years (${results.data.observations} observations) on ${machine.database}; ` +
      `${machine.cpus} cores (${machine.cpuModel}), ${results.secondsPerRun} s per run, requests varied across the data, load generator on the same machine.`,
    '',
    ...throughputTable(results),
    '',
    ...cpuTable(results),
    '',
    `Request mix: ${mixText}. CPU per request of the mix without the cache, measured with 2 replicas, everything on this machine included: ${(allCpu * 1000).toFixed(1)} ms. ` +
      `This machine's ${machine.cpus} cores can then serve ${ceilingRate(machine.cpus, allCpu).toFixed(0)} req/s of the mix; ` +
      `the runs above served ${measuredMix.toFixed(0)} req/s of it (each workload's 2-replica rate, weighted).`,
    '',
    ...planTable(`Plan for ${plan.rate} req/s of the mix with no answer from the cache (right after a write, which changes every cache key), ${setting}:`, missCost, plan),
  ];
  if (warm) {
    lines.push('', ...planTable(`Plan for ${plan.rate} req/s of the mix with ${percent(plan.hitRate)} of the requests answered by the response cache, ${setting}:`, warm, plan));
  }
  return lines.join('\n');
}
