import { randomUUID } from 'node:crypto';
import { Role } from '@ugf/runtime';
import { startOurGateway } from '../bench/harness/our-gateway';
import type { CityObservations } from '../helpers/answer-shapes';
import type { GraphQLResult } from '../helpers/subgraph-harness';
import { openEventStream } from '../helpers/event-stream';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql, type TypedQuery } from '../helpers/typed-query';

const VALUE = gql<CityObservations<{ value: number; revision: number }>>(
  `query ($period: Period!) { city(id: "haikou") { observations(indicatorCode: "HOTLINE_RESOLUTION_RATE", period: $period) { nodes { value revision } } } }`,
);
const PM25 = `{ city(id: "haikou") { observations(indicatorCode: "PM25_ANNUAL_MEAN", period: "2025") { nodes { value } } } }`;
const SUBMIT = gql<{ submitObservations: { created: number; corrected: number } }>(`mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created corrected } }`);

describe('the gateway response cache', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack({ RESPONSE_CACHE: 'true' });
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  async function statementsFor(run: () => Promise<unknown>): Promise<number> {
    const before = Object.values(await system.sqlStatements()).reduce((a, b) => a + b, 0);
    await run();
    return Object.values(await system.sqlStatements()).reduce((a, b) => a + b, 0) - before;
  }

  it('answers a repeated anonymous query from the cache, with the cache hint as its age limit', async () => {
    const first = await fetch(system.stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ initiatives { number title } }' }) });
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+, public/);
    await first.json();
    const again = await statementsFor(() => system.query('{ initiatives { number title } }'));
    expect(again).toBe(0);
  });

  it('never serves a signed-in caller from the cache nor stores their answers for anyone else', async () => {
    const editor = await system.token({ sub: 'editor-haikou', role: Role.CITY_EDITOR, city: 'haikou' });
    const query = '{ cities { id name } }';
    expect(await statementsFor(() => system.query(query, {}, editor))).toBeGreaterThan(0);
    // The signed-in answer was not stored: the first anonymous call reaches the subgraphs…
    expect(await statementsFor(() => system.query(query))).toBeGreaterThan(0);
    // …and the anonymous answer now cached is not served to the signed-in caller.
    expect(await statementsFor(() => system.query(query))).toBe(0);
    expect(await statementsFor(() => system.query(query, {}, editor))).toBeGreaterThan(0);
  });

  it('shows an accepted write to the very next read, and keeps answers cached across a refused write', async () => {
    const admin = await system.token({ sub: 'admin-1', role: Role.ADMIN });
    const before = await system.query(VALUE, { period: '2025' });
    expect(before.data?.city.observations.nodes).toEqual([]);
    expect(await statementsFor(() => system.query(VALUE, { period: '2025' }))).toBe(0);

    const refused = await system.query(
      SUBMIT,
      { input: { idempotencyKey: 'cache-bad', items: [{ cityId: 'haikou', indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2025', value: 900, source: 'test' }] } },
      admin,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await statementsFor(() => system.query(VALUE, { period: '2025' }))).toBe(0);

    const accepted = await system.query(
      SUBMIT,
      { input: { idempotencyKey: 'cache-good', items: [{ cityId: 'haikou', indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2025', value: 91.5, source: 'test' }] } },
      admin,
    );
    expect(accepted.data?.submitObservations.created).toBe(1);
    const after = await system.query(VALUE, { period: '2025' });
    expect(after.data?.city.observations.nodes).toEqual([{ value: 91.5, revision: 1 }]);
  });

  it('keeps answers cached across an idempotent replay and a submission of unchanged values', async () => {
    const admin = await system.token({ sub: 'admin-2', role: Role.ADMIN });
    const item = { cityId: 'haikou', indicatorCode: 'PM25_ANNUAL_MEAN', period: '2025', value: 18.5, source: 'test' };
    const read = () => system.query(PM25, {});
    const written = await system.query(SUBMIT, { input: { idempotencyKey: 'cache-replay', items: [item] } }, admin);
    expect(written.errors).toBeUndefined();
    await read();
    expect(await statementsFor(read)).toBe(0);

    const replay = await system.query(SUBMIT, { input: { idempotencyKey: 'cache-replay', items: [item] } }, admin);
    expect(replay.errors).toBeUndefined();
    expect(await statementsFor(read)).toBe(0);

    const unchanged = await system.query(SUBMIT, { input: { idempotencyKey: 'cache-unchanged', items: [item] } }, admin);
    expect(unchanged.data?.submitObservations).toEqual({ created: 0, corrected: 0 });
    expect(await statementsFor(read)).toBe(0);
  });
});

describe('the response cache shared by two gateway replicas through Redis', () => {
  let system: TestStack;
  let second: Awaited<ReturnType<typeof startOurGateway>>;
  beforeAll(async () => {
    const shared = { RESPONSE_CACHE: 'true', REDIS_URL: 'redis://127.0.0.1:6379', CACHE_NAMESPACE: `ugf-test-${randomUUID()}` };
    system = await startTestStack(shared);
    second = await startOurGateway(
      system.stack,
      { ...process.env, LOG_LEVEL: 'warn', EXPOSE_SQL_STATS: 'true', ...shared, JWT_SECRET: system.jwtSecret, SUBGRAPH_SECRET: system.subgraphSecret },
      'gateway-2',
    );
  }, 120_000);
  afterAll(async () => {
    await second?.process.stop();
    await system?.stop();
  }, 60_000);

  const queryAt = async <T>(url: string, query: TypedQuery<T>, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult<T>;
  };

  it('serves one replica’s cached answer from the other, and a write through one replica reaches readers of the other', async () => {
    const total = async () => Object.values(await system.sqlStatements()).reduce((a, b) => a + b, 0);
    const period = '2025';
    await queryAt(system.stack.gatewayUrl, VALUE, { period });
    const before = await total();
    expect((await queryAt(second.url, VALUE, { period })).data?.city.observations.nodes).toEqual([]);
    expect(await total()).toBe(before);

    const admin = await system.token({ sub: 'admin-1', role: Role.ADMIN });
    const written = await queryAt(
      second.url,
      SUBMIT,
      { input: { idempotencyKey: 'replica-write', items: [{ cityId: 'haikou', indicatorCode: 'HOTLINE_RESOLUTION_RATE', period, value: 92.25, source: 'test' }] } },
      admin,
    );
    expect(written.errors).toBeUndefined();
    expect((await queryAt(system.stack.gatewayUrl, VALUE, { period })).data?.city.observations.nodes).toEqual([{ value: 92.25, revision: 1 }]);
  });

  it('streams a write through one replica to a live-stream subscriber of the other, and replays what a reconnecting client missed', async () => {
    const stream = await openEventStream(`${system.stack.gatewayUrl}changes/stream?cityIds=jinan`);
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const admin = await system.token({ sub: 'admin-stream', role: Role.ADMIN });
    const write = (value: number, key: string, cityId = 'jinan', note?: string) =>
      queryAt(second.url, SUBMIT, { input: { idempotencyKey: key, items: [{ cityId, indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2011', value, source: 'test', note }] } }, admin);
    expect((await write(82.5, 'stream-write')).errors).toBeUndefined();
    // A write of another city is not for this subscriber.
    expect((await write(81, 'stream-other', 'hohhot')).errors).toBeUndefined();
    const event = await stream.next((candidate) => candidate.event === 'change');
    const change = JSON.parse(event.data) as { id: string; kind: string; cityId: string; indicatorCode: string; period: string; value: number; byRole: string };
    expect(change).toMatchObject({ id: event.id, kind: 'CREATED', cityId: 'jinan', indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2011', value: 82.5, byRole: 'admin' });
    expect(stream.events.map((received) => JSON.parse(received.data) as { cityId: string }).every((received) => received.cityId === 'jinan')).toBe(true);
    await stream.close();

    // Written while no one listened: a client that comes back with the last id it saw gets it first.
    expect((await write(83, 'stream-missed', 'jinan', 'Recount')).errors).toBeUndefined();
    // By now the relay has published it, to no one: only the replay can bring it.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const back = await openEventStream(`${second.url}changes/stream?cityIds=jinan`, { 'last-event-id': change.id });
    const missed = JSON.parse((await back.next((candidate) => candidate.event === 'change')).data) as { kind: string; value: number; revision: number };
    expect(missed).toMatchObject({ kind: 'CORRECTED', value: 83, revision: 2 });
    await back.close();
    expect((await fetch(`${second.url}changes/stream`, { headers: { 'last-event-id': 'latest' } })).status).toBe(400);
  });
});
