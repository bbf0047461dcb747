import type { LoadResult } from './run-load';
import type { WriteResult } from './writes-workload';

/**
 * `floor`: the least work that gives the same answer (test/bench/floor), not a gateway. `ours-other-node`: our
 * gateway on the Node.js version of `--node` (`BenchResults.otherNode`), in front of the same subgraphs.
 */
export type GatewayKind = 'ours' | 'ours+cache' | 'ours-other-node' | 'hive' | 'hive-rust' | 'grafbase' | 'direct' | 'floor';

export interface Measurement extends LoadResult {
  workload: string;
  title: string;
  gateway: GatewayKind;
  concurrency: number;
  /** SQL statements the subgraphs ran per request, counted over the run. */
  sqlPerRequest: number;
  /** Peak resident memory of the gateway process during the run, MiB. */
  gatewayPeakMiB?: number;
}

export interface BenchResults {
  startedAt: string;
  quick: boolean;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; database: string; platform: string };
  data: { cities: number; indicators: number; years: number; observations: number; loadSeconds: number };
  secondsPerRun: number;
  /** The Node.js version (`v20.20.2`) the `ours-other-node` gateway ran on, when `--node` was given. */
  otherNode?: string;
  measurements: Measurement[];
  largestMatrix?: { cells: number; seconds: number; gatewayPeakMiB?: number; bytes: number; error?: string };
  writes?: WriteResult;
}

export const find = (results: BenchResults, workload: string, gateway: GatewayKind, concurrency: number) =>
  results.measurements.find((m) => m.workload === workload && m.gateway === gateway && m.concurrency === concurrency);
