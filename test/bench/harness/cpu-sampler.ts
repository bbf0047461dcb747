import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system) a process has used so far, in seconds, from /proc (Linux); undefined once it is gone. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** The whole machine's CPU time so far: busy and total, in seconds summed over all cores (/proc/stat). */
export function machineCpuSeconds(): { busy: number; total: number } {
  const [, ...values] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const ticks = values.map(Number);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  const idle = ticks[3] + (ticks[4] ?? 0); // idle + iowait
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}

export interface CpuUse {
  /** CPU seconds each named process used over the interval. */
  byProcess: Record<string, number>;
  /** Share of the machine's CPU that was busy, 0..1. */
  machineBusy: number;
  seconds: number;
}

/** Starts counting the CPU time of the given processes (and of the machine) until `stop()`. */
export function countCpu(processes: readonly { name: string; pid: number }[]): { stop(): CpuUse } {
  const started = performance.now();
  const machineBefore = machineCpuSeconds();
  const before = processes.map((entry) => processCpuSeconds(entry.pid));
  return {
    stop() {
      const machineAfter = machineCpuSeconds();
      const byProcess: Record<string, number> = {};
      processes.forEach((entry, index) => {
        const after = processCpuSeconds(entry.pid);
        if (after !== undefined && before[index] !== undefined) byProcess[entry.name] = after - before[index];
      });
      const total = machineAfter.total - machineBefore.total;
      return { byProcess, machineBusy: total > 0 ? (machineAfter.busy - machineBefore.busy) / total : 0, seconds: (performance.now() - started) / 1000 };
    },
  };
}
