import { createHash } from 'node:crypto';
import http from 'node:http';
import { Role } from '@ugf/runtime';
import { startTestStack, type TestStack } from '../helpers/test-stack';

describe('serving dashboards over HTTP', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack();
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  const getUrl = (params: Record<string, string>) => `${system.stack.gatewayUrl}?${new URLSearchParams(params)}`;

  it('answers GET queries with a public cache-control header, and refuses a GET without a CSRF-safe header', async () => {
    const query = '{ cities { id name } }';
    const ok = await fetch(getUrl({ query }), { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('max-age=60, public');
    expect(((await ok.json()) as { data: { cities: unknown[] } }).data.cities).toHaveLength(13);
    const csrf = await fetch(getUrl({ query }));
    expect(csrf.status).toBe(400);
  });

  it('lets a browser revalidate a GET answer by its ETag, and gives a POST answer none, with the same security headers', async () => {
    const query = '{ indicators { code } }';
    const headers = { 'apollo-require-preflight': 'true' };
    const first = await fetch(getUrl({ query }), { headers });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    // fetch marks a request with If-None-Match no-cache, which a server must answer in full; a browser's cache does not.
    const revalidated = await new Promise<number | undefined>((resolve, reject) => {
      http.get(getUrl({ query }), { headers: { ...headers, 'if-none-match': etag! } }, (response) => resolve(response.resume().statusCode)).on('error', reject);
    });
    expect(revalidated).toBe(304);
    for (const path of ['/', '/graphql']) {
      const posted = await fetch(new URL(path, system.stack.gatewayUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(posted.status).toBe(200);
      expect(posted.headers.get('etag')).toBeNull();
      expect(posted.headers.get('x-powered-by')).toBeNull();
      expect(posted.headers.get('x-content-type-options')).toBe('nosniff');
      expect(posted.headers.get('x-request-id')).toMatch(/\S/);
      expect(((await posted.json()) as { data: { indicators: unknown[] } }).data.indicators.length).toBeGreaterThan(0);
    }
  });

  it('never marks a mutation response cacheable', async () => {
    const token = await system.token({ sub: 'cache-test', role: Role.ADMIN });
    const response = await fetch(system.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { enrollCity(cityId: "lhasa") }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control') ?? 'no-store').not.toMatch(/max-age=[1-9]/);
  });

  it('accepts automatic persisted queries: a hash alone after the query was registered once', async () => {
    const query = '{ initiatives { id title } }';
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } });
    const headers = { 'apollo-require-preflight': 'true' };
    const unknown = (await (await fetch(getUrl({ extensions }), { headers })).json()) as { errors: { extensions: { code: string } }[] };
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await fetch(getUrl({ query, extensions }), { headers });
    const byHash = await fetch(getUrl({ extensions }), { headers });
    expect(((await byHash.json()) as { data: { initiatives: unknown[] } }).data.initiatives).toHaveLength(10);
    expect(byHash.headers.get('cache-control')).toBe('max-age=60, public');
  });
});
