/**
 * Whether this process started OpenTelemetry (see start-tracing.ts). The code that adds trace fields to
 * logs, SQL spans and the `traceparent` header asks here first, so that with tracing off it does nothing.
 */
let stopSdk: (() => Promise<void>) | undefined;

export function tracingEnabled(): boolean {
  return stopSdk !== undefined;
}

export function markTracingStarted(stop: () => Promise<void>): void {
  stopSdk = stop;
}

/** Sends the spans still buffered and stops the SDK; waits at most `timeoutMs`, never throws. */
export async function stopTracing(timeoutMs = 3_000): Promise<void> {
  const stop = stopSdk;
  if (!stop) return;
  stopSdk = undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
    timer.unref();
  });
  await Promise.race([stop().catch(() => undefined), timeout]);
  clearTimeout(timer);
}

/**
 * Apollo Server's own SIGTERM/SIGINT handler kills the process as soon as Apollo has stopped, before
 * runUntilSignal has sent the last spans; with tracing on, runUntilSignal alone handles those signals.
 */
export function apolloSignalOptions(): { stopOnTerminationSignals?: false } {
  return tracingEnabled() ? { stopOnTerminationSignals: false } : {};
}
