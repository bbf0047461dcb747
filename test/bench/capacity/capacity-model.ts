/** What one run of a workload cost: requests answered, and CPU seconds per component over the run. */
export interface WorkloadCost {
  workload: string;
  requests: number;
  cpuSeconds: Record<string, number>;
}

export interface PlanAssumptions {
  /** Peak GraphQL requests per second at the entry. */
  rate: number;
  /** Share of the requests per workload (normalised here). */
  mix: Record<string, number>;
  /** Highest planned CPU use of a core, 0..1: the headroom for spikes and for losing one replica. */
  utilisation: number;
  /** Cores of one database node. */
  databaseCoresPerNode: number;
  /** Fewest replicas of a service, so that losing one is no outage. */
  minReplicas: number;
}

export interface PlanRow {
  component: string;
  /** CPU milliseconds per request of the mix. */
  cpuMsPerRequest: number;
  /** Cores busy at the planned rate: rate × CPU per request. */
  coresBusy: number;
  /** Requests per second of the mix that one replica (one core) or one database node saturates at. */
  unitCeiling: number;
  /** Replicas (services: one core each) or nodes (database), after headroom and minimum. */
  units: number;
}

const NODE_SERVICES: readonly string[] = ['gateway', 'cities', 'initiatives', 'indicators', 'cases'];

/** `gateway-2` → `gateway`, `db-node3` → `database`; others keep their name. */
export function componentOf(processName: string): string {
  if (processName.startsWith('db-node')) return 'database';
  return processName.replace(/-\d+$/, '');
}

/** CPU seconds per request of each component, weighted by the mix. */
export function mixCost(costs: readonly WorkloadCost[], mix: Record<string, number>): Record<string, number> {
  const total = Object.values(mix).reduce((sum, weight) => sum + weight, 0);
  if (!(total > 0)) throw new Error('The request mix has no weight.');
  const perRequest: Record<string, number> = {};
  for (const [workload, weight] of Object.entries(mix)) {
    const cost = costs.find((candidate) => candidate.workload === workload);
    if (!cost || cost.requests === 0) throw new Error(`No measurement of ${workload} to weigh in the mix.`);
    for (const [processName, seconds] of Object.entries(cost.cpuSeconds)) {
      const component = componentOf(processName);
      perRequest[component] = (perRequest[component] ?? 0) + ((weight / total) * seconds) / cost.requests;
    }
  }
  return perRequest;
}

/** CPU per request when a share `hitRate` of requests is answered from the response cache. */
export function blendCost(miss: Record<string, number>, hit: Record<string, number>, hitRate: number): Record<string, number> {
  const blended: Record<string, number> = {};
  for (const component of new Set([...Object.keys(miss), ...Object.keys(hit)])) {
    blended[component] = hitRate * (hit[component] ?? 0) + (1 - hitRate) * (miss[component] ?? 0);
  }
  return blended;
}

/**
 * Replicas and database nodes for a rate: a Node.js service runs its JavaScript on one core, so a replica
 * gives one core; a component needs `rate × CPU per request ÷ utilisation` cores. A Galera node answers the
 * reads sent to it and applies every write, so reads spread over the nodes; the count stays odd (quorum) and at
 * least three.
 */
export function planCapacity(costPerRequest: Record<string, number>, assumptions: PlanAssumptions): PlanRow[] {
  return Object.entries(costPerRequest).map(([component, seconds]) => {
    const coresBusy = assumptions.rate * seconds;
    const cores = coresBusy / assumptions.utilisation;
    const unitCores = component === 'database' ? assumptions.databaseCoresPerNode : 1;
    const unitCeiling = ceilingRate(unitCores, seconds);
    let units: number;
    if (component === 'database') {
      units = Math.max(3, Math.ceil(cores / assumptions.databaseCoresPerNode));
      if (units % 2 === 0) units += 1;
    } else if (NODE_SERVICES.includes(component)) {
      units = Math.max(assumptions.minReplicas, Math.ceil(cores));
    } else {
      units = Math.max(1, Math.ceil(cores));
    }
    return { component, cpuMsPerRequest: seconds * 1000, coresBusy, unitCeiling, units };
  });
}

/** The rate that `cores` cores can serve when a request of the mix costs `cpuSecondsPerRequest` in all. */
export function ceilingRate(cores: number, cpuSecondsPerRequest: number): number {
  return cores / cpuSecondsPerRequest;
}
