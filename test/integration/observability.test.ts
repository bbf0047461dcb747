import { SERVICE_NAMES } from '@ugf/runtime';
import { startTestStack, type TestStack } from '../helpers/test-stack';

describe('observability', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack();
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  const base = (service: 'gateway' | (typeof SERVICE_NAMES)[number]) => `http://127.0.0.1:${system.stack.ports[service]}`;

  it('answers /health, /ready and /metrics on every service', async () => {
    for (const service of ['gateway', ...SERVICE_NAMES] as const) {
      for (const path of ['/health', '/ready', '/metrics']) expect({ service, path, status: (await fetch(`${base(service)}${path}`)).status }).toEqual({ service, path, status: 200 });
    }
  });

  it('counts operations by known name (others as `other`), subgraph fetches by subgraph and outcome, and refusals by reason', async () => {
    await fetch(system.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Overview { cities { name cases { nodes { id } } } }', operationName: 'Overview' }),
    });
    await fetch(system.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query CityNames { cities { name } }', operationName: 'CityNames' }),
    });
    await fetch(system.stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ cities { mayor } }' }) });
    const gateway = await (await fetch(`${base('gateway')}/metrics`)).text();
    expect(gateway).toMatch(/graphql_requests_total\{[^}]*operation="Overview"[^}]*outcome="ok"[^}]*\} 1/);
    expect(gateway).toMatch(/graphql_requests_total\{[^}]*operation="other"[^}]*outcome="ok"[^}]*\} 1/);
    expect(gateway).not.toMatch(/CityNames/);
    expect(gateway).toMatch(/subgraph_fetch_duration_seconds_count\{[^}]*subgraph="cities"[^}]*outcome="ok"[^}]*\} [1-9]/);
    expect(gateway).toMatch(/subgraph_fetch_duration_seconds_count\{[^}]*subgraph="cases"[^}]*\} [1-9]/);
    expect(gateway).toMatch(/graphql_refusals_total\{[^}]*reason="GRAPHQL_VALIDATION_FAILED"[^}]*\} 1/);
    const cities = await (await fetch(`${base('cities')}/metrics`)).text();
    expect(cities).toMatch(/graphql_requests_total\{[^}]*service="cities"[^}]*\} [1-9]/);
    expect(cities).toMatch(/process_resident_memory_bytes/);
    expect(cities).toMatch(/db_connected\{[^}]*\} 1/);
  });
});
