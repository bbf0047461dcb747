import type { LoadResult } from '../harness/run-load';
import type { PlanAssumptions } from './capacity-model';

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
