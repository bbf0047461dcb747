import autocannon from 'autocannon';

export interface LoadRequest {
  url: string;
  body: string;
  headers?: Record<string, string>;
  /** When set, the requests take these bodies in turn instead of `body` (different cities, indicators, …). */
  bodies?: readonly string[];
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, GraphQL errors in a 200 answer, socket errors and timeouts. */
  errors: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Drives `request` with `connections` concurrent clients for `seconds` through autocannon's programmatic API,
 * recording every response time (autocannon's own summary has no p95) and counting answers that carry
 * GraphQL errors as failures.
 */
export async function runLoad(request: LoadRequest, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const bodies = request.bodies ?? [];
  let turn = 0;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (reason: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: request.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.body,
      connections,
      duration: seconds,
      timeout: 30,
      verifyBody: (body) => typeof body === 'string' && !body.includes('"errors":'),
      requests: bodies.length ? [{ setupRequest: (next: autocannon.Request) => ({ ...next, body: bodies[turn++ % bodies.length] }) }] : undefined,
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode < 400) latencies.push(responseTime);
  });
  const result = await done;
  return loadResult(latencies, result.requests.total, result.duration, result.non2xx + result.errors + result.timeouts + result.mismatches);
}

/** The statistics of a run: `completed` requests in `seconds`, with the response times (ms) of the successful ones. */
export function loadResult(latencies: number[], completed: number, seconds: number, errors: number): LoadResult {
  latencies.sort((a, b) => a - b);
  return {
    requests: completed,
    requestsPerSecond: completed / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
  };
}

/** Sends `request` `count` times one after another; returns the answers' bodies (used for warm-up and checks). */
export async function sendSequentially(request: LoadRequest, count: number): Promise<string[]> {
  const bodies: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await fetch(request.url, { method: 'POST', headers: { 'content-type': 'application/json', ...request.headers }, body: request.body });
    bodies.push(await response.text());
  }
  return bodies;
}
