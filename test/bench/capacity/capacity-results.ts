import type { LoadResult } from '../harness/run-load';
import { blendCost, mixCost, planCapacity, type PlanAssumptions, type PlanRow, type WorkloadCost } from './capacity-model';

export interface CapacityMeasurement extends LoadResult {
  replicas: number;
  /** The gateways' response cache was on and every request asked the same (a hit after the first). */
  cacheHits: boolean;
  workload: string;
  title: string;
  clients: number;
  /** Share of the whole machine's CPU that was busy during the run, 0..1. */
  machineBusy: number;
  seconds: number;
  /** CPU seconds per process (`gateway-1`, `db-node2`, `haproxy`, `load generator`, …) over the run. */
  cpuSeconds: Record<string, number>;
  /** The service process that used the most CPU, and its share of one core. */
  busiest: { process: string; coreShare: number };
}

export interface CapacityResults {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; database: string; platform: string };
  data: { cities: number; indicators: number; years: number; observations: number };
  secondsPerRun: number;
  measurements: CapacityMeasurement[];
  /** The plan's assumptions, and the share of requests the response cache answers in its second plan. */
  plan: PlanAssumptions & { hitRate: number };
}

/** Reads `W1=35,W2=20` into weights per workload. */
export function parseMix(text: string): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const part of text.split(',')) {
    const match = /^(W\d)=(\d+(?:\.\d+)?)$/.exec(part.trim());
    if (!match) throw new Error(`--mix takes workload=weight pairs such as W1=35,W2=20; "${part}" is not one.`);
    mix[match[1]] = Number(match[2]);
  }
  return mix;
}

const costOf = (measurement: CapacityMeasurement): WorkloadCost => ({ workload: measurement.workload, requests: measurement.requests, cpuSeconds: measurement.cpuSeconds });

/** The runs the plans rest on: 2 replicas of each service, no answer from the response cache. */
export const twoReplicaMisses = (results: CapacityResults): CapacityMeasurement[] => results.measurements.filter((m) => m.replicas === 2 && !m.cacheHits);

export interface PlanCosts {
  /** With no answer from the response cache; the load generator left out (a deployment does not run it). */
  cold: Record<string, number>;
  /** With the plan's hit rate of answers from the cache, when the run measured cache hits. */
  warm?: Record<string, number>;
  /** Everything the runs without the cache used on this machine, the load generator included. */
  coldOnThisMachine: number;
}

/** CPU seconds per request of the mix by component, measured with 2 replicas. */
export function planCosts(results: CapacityResults): PlanCosts {
  const withoutLoadGenerator = (cost: Record<string, number>) => Object.fromEntries(Object.entries(cost).filter(([component]) => component !== 'load generator'));
  const coldAll = mixCost(twoReplicaMisses(results).map(costOf), results.plan.mix);
  const coldOnThisMachine = Object.values(coldAll).reduce((sum, seconds) => sum + seconds, 0);
  const cold = withoutLoadGenerator(coldAll);
  const hits = results.measurements.filter((m) => m.cacheHits);
  if (!hits.length) return { cold, coldOnThisMachine };
  return { cold, coldOnThisMachine, warm: withoutLoadGenerator(blendCost(coldAll, mixCost(hits.map(costOf), results.plan.mix), results.plan.hitRate)) };
}

/** Replicas or nodes per component in the cold and the warm plan of a run. */
export function plannedUnits(results: CapacityResults): { cold: Record<string, number>; warm?: Record<string, number> } {
  const units = (cost: Record<string, number>) => Object.fromEntries(planCapacity(cost, results.plan).map((row: PlanRow) => [row.component, row.units]));
  const { cold, warm } = planCosts(results);
  return { cold: units(cold), warm: warm && units(warm) };
}
