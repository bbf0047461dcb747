import net from 'node:net';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';

/** A server that accepts connections and never answers: a hung subgraph host. */
async function blackHole(port: number): Promise<() => Promise<void>> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

/** How many of the gateway's fetches from `subgraph` its open breaker refused at once, from its /metrics. */
async function refusedByBreaker(system: TestStack, subgraph: string): Promise<number> {
  const metrics = await (await fetch(`http://127.0.0.1:${system.stack.ports.gateway}/metrics`)).text();
  const line = metrics
    .split('\n')
    .find((candidate) => /subgraph_fetch_duration_seconds_count\{/.test(candidate) && candidate.includes(`subgraph="${subgraph}"`) && candidate.includes('outcome="breaker_open"'));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('a subgraph that hangs, then comes back', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack({ SUBGRAPH_BREAKER_RESET_MS: '1500', SUBGRAPH_TIMEOUT_MS: '1000' });
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  const QUERY = gql<{ city: { name: string; cases: { nodes: unknown[] } | null } }>('{ city(id: "hangzhou") { name cases { nodes { id } } } }');

  it('costs milliseconds, not a timeout, once the breaker is open; answers with the other data; recovers by itself', async () => {
    await system.stack.process('cases').stop();
    const closeHole = await blackHole(system.stack.ports.cases);
    const outcomes: { ms: number; code?: unknown; name?: string }[] = [];
    for (let index = 0; index < 6; index += 1) {
      const started = Date.now();
      const result = await system.query(QUERY);
      outcomes.push({ ms: Date.now() - started, code: result.errors?.[0].extensions?.code, name: result.data?.city?.name });
    }
    await closeHole();
    for (const outcome of outcomes) expect(outcome).toMatchObject({ code: 'SERVICE_UNAVAILABLE', name: 'Hangzhou' });
    // The first request waits for the subgraph's timeout (1 s); once the breaker has opened, the hung service is
    // not waited for: the last three requests were refused by the breaker at once, each well inside the timeout.
    expect(outcomes[0].ms).toBeGreaterThanOrEqual(1000);
    expect(await refusedByBreaker(system, 'cases')).toBeGreaterThanOrEqual(3);
    expect(Math.max(...outcomes.slice(3).map((outcome) => outcome.ms))).toBeLessThan(1000);

    await system.stack.restart('cases');
    let recovered = false;
    for (let attempt = 0; attempt < 40 && !recovered; attempt += 1) {
      const result = await system.query(QUERY);
      recovered = !result.errors && Array.isArray(result.data?.city.cases?.nodes);
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    console.log(
      `requests while the cases subgraph hung: ${outcomes.length}, partial answers: ${outcomes.filter((outcome) => outcome.name).length}, ms each: ${outcomes.map((outcome) => outcome.ms).join('/')}, recovered: ${recovered}`,
    );
    expect(recovered).toBe(true);
    expect(system.stack.process('gateway').running).toBe(true);
  }, 60_000);
});
