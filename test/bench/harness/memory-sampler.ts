import fs from 'node:fs';

/** Resident set size of a process in MiB, read from /proc (Linux). */
export function residentMiB(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS every `intervalMs` until stopped; returns the peak. */
export function sampleMemory(pid: number | undefined, intervalMs = 200): { stop(): number | undefined } {
  let peak: number | undefined;
  const sample = () => {
    const value = pid === undefined ? undefined : residentMiB(pid);
    if (value !== undefined) peak = Math.max(peak ?? 0, value);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
