/** pino's JSON lines become `[service] message` for a person reading the terminal (debug lines are left out). */
export function printLine(service: string, line: string): void {
  let text = line;
  try {
    const entry = JSON.parse(line) as { msg?: string; level?: number; err?: { message?: string } };
    if (entry.level !== undefined && entry.level < 30) return;
    text = entry.err?.message && entry.err.message !== entry.msg ? `${entry.msg}: ${entry.err.message}` : (entry.msg ?? line);
  } catch {
    // not JSON: print as it is
  }
  process.stdout.write(`[${service.padEnd(11)}] ${text}\n`);
}
