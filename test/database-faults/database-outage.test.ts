import { findFreePort } from '@ugf/tools';
import { Role } from '@ugf/runtime';
import { TcpProxy } from '../helpers/tcp-proxy';
import type { CityObservations } from '../helpers/answer-shapes';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';

const server = new URL((process.env.TEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306').replace(/\/+$/, ''));
const QUERY = gql<CityObservations<{ value: number }>>('{ city(id: "beijing") { name observations(indicatorCode: "PM25_ANNUAL_MEAN", period: "2024") { nodes { value } } } }');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the indicators database going down and coming back', () => {
  let system: TestStack;
  let proxy: TcpProxy;
  const ready = async () => (await fetch(`http://127.0.0.1:${system.stack.ports.indicators}/ready`)).status;
  const waitUntilReady = async () => {
    for (let attempt = 0; attempt < 80; attempt += 1) {
      if ((await ready()) === 200) return true;
      await sleep(250);
    }
    return false;
  };

  beforeAll(async () => {
    proxy = new TcpProxy(await findFreePort(), { host: server.hostname, port: Number(server.port || 3306) });
    // The proxy is closed: the indicators database is down while the system starts.
    system = await startTestStack({ SUBGRAPH_BREAKER_RESET_MS: '300' }, { indicators: `${server.protocol}//${server.username || 'root'}@127.0.0.1:${proxy.port}/ugf_fault_${process.pid}_indicators` });
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
    await proxy?.cut();
  }, 60_000);

  it('starts not-ready, answers SERVICE_UNAVAILABLE with the other data, then becomes ready by itself', async () => {
    expect(await ready()).toBe(503);
    const down = await system.query(QUERY);
    expect(down.data?.city).toEqual({ name: 'Beijing', observations: null });
    expect(down.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'indicators' });

    await proxy.open();
    expect(await waitUntilReady()).toBe(true);
    await sleep(400);
    const up = await system.query(QUERY);
    expect(up.errors).toBeUndefined();
    expect(up.data?.city.observations.nodes).toHaveLength(1);
  }, 60_000);

  it('keeps every acknowledged batch whole and stores no batch in part across an outage in the middle of submissions', async () => {
    const token = await system.token({ sub: 'outage-test', role: Role.ADMIN });
    const cities = ['beijing', 'shanghai', 'tianjin', 'chongqing', 'chengdu'];
    const batches = Array.from({ length: 12 }, (_, batch) => ({
      idempotencyKey: `outage-${batch}`,
      items: cities.map((cityId) => ({ cityId, indicatorCode: 'LEGAL_AID_CASES', period: String(2000 + batch), value: 100 + batch, source: 'outage test' })),
    }));
    const acknowledged: number[] = [];
    let refused = 0;
    for (const [index, input] of batches.entries()) {
      if (index === 4) await proxy.cut();
      if (index === 8) {
        await proxy.open();
        await waitUntilReady();
        await sleep(400);
      }
      const result = await system.query<{ submitObservations: { created: number } | null }>(
        'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created } }',
        { input },
        token,
      );
      if (result.data?.submitObservations?.created === cities.length) acknowledged.push(index);
      else refused += 1;
    }
    const stored = await system.query<{ comparison: { cells: { period: string; value: number | null }[] } }>(
      `{ comparison(includeSample: true, cityIds: ${JSON.stringify(cities)}, indicatorCodes: ["LEGAL_AID_CASES"], periods: ${JSON.stringify(batches.map((_, batch) => String(2000 + batch)))}) { cells { period value } } }`,
    );
    const perBatch = batches.map((_, batch) => stored.data?.comparison.cells.filter((cell) => cell.period === String(2000 + batch) && cell.value === 100 + batch).length);
    const lost = acknowledged.filter((batch) => perBatch[batch] !== cities.length).length;
    const partial = perBatch.filter((count) => count !== 0 && count !== cities.length).length;
    console.log(`batches sent: ${batches.length}, acknowledged: ${acknowledged.length}, refused during the outage: ${refused}, acknowledged writes lost: ${lost}, batches stored in part: ${partial}`);
    expect(refused).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(8);
    expect(lost).toBe(0);
    expect(partial).toBe(0);
  }, 120_000);
});
