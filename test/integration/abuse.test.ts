import path from 'node:path';
import { exportSPKI, generateKeyPair } from 'jose';
import { findFreePort, ServiceProcess } from '@ugf/tools';
import { repoRoot, Role, SERVICE_NAMES, subgraphUrlVariable } from '@ugf/runtime';
import { startTestStack, type TestStack } from '../helpers/test-stack';

interface Attempt {
  name: string;
  body: string;
  token?: boolean;
  /** The documented answer: HTTP status and extensions.code. */
  expect: { status: number; code: string };
}

const json = (value: unknown) => JSON.stringify(value);
const submit = (items: unknown[]) =>
  json({ query: 'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created } }', variables: { input: { idempotencyKey: `abuse-${Math.random()}`, items } } });
const item = (overrides: Record<string, unknown>) => ({ cityId: 'shenzhen', indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2025', value: 90, source: 'x', ...overrides });
const HOSTILE = ["'; DROP TABLE observation; --", '<script>alert(1)</script>', 'a\u0000b\u0007c\u001b[31m', '../../../../etc/passwd', '${jndi:ldap://x}', '\uFEFF\u202E'];

const ATTEMPTS: Attempt[] = [
  { name: 'depth bomb', body: json({ query: `{ city(id: "beijing") { ${'peers { '.repeat(20)}id${' }'.repeat(20)} } }` }), expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
  { name: 'alias bomb', body: json({ query: `{ ${Array.from({ length: 200 }, (_, index) => `a${index}: cities { id }`).join(' ')} }` }), expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
  { name: 'directive bomb', body: json({ query: `{ cities { id ${'@skip(if: false) '.repeat(100)} } }` }), expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
  { name: 'fragment cycle', body: json({ query: 'query { cities { ...A } } fragment A on City { ...B } fragment B on City { ...A }' }), expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
  { name: '100,000 tokens (300 kB of query text)', body: json({ query: `{ cities { ${'id '.repeat(100_000)}} }` }), expect: { status: 413, code: 'PAYLOAD_TOO_LARGE' } },
  { name: '12,000 tokens in 36 kB', body: json({ query: `{ cities { ${'id '.repeat(12_000)}} }` }), expect: { status: 400, code: 'GRAPHQL_PARSE_FAILED' } },
  { name: '1,000 batched operations', body: json(Array.from({ length: 1000 }, () => ({ query: '{ cities { id } }' }))), expect: { status: 400, code: 'BAD_REQUEST' } },
  { name: 'oversized body', body: json({ query: `{ cities { id } }`, variables: { pad: 'x'.repeat(3_000_000) } }), expect: { status: 413, code: 'PAYLOAD_TOO_LARGE' } },
  { name: 'malformed JSON', body: '{"query": "{ cities { id }"', expect: { status: 400, code: 'BAD_REQUEST' } },
  { name: 'malformed GraphQL', body: json({ query: '{ cities { id ' }), expect: { status: 400, code: 'GRAPHQL_PARSE_FAILED' } },
  { name: 'impossible period', body: json({ query: '{ city(id: "beijing") { observations(period: "2024-Q9") { nodes { id } } } }' }), expect: { status: 200, code: 'BAD_USER_INPUT' } },
  { name: 'value 1e308', body: submit([item({ value: 1e308 })]), token: true, expect: { status: 200, code: 'BAD_USER_INPUT' } },
  { name: 'negative value', body: submit([item({ value: -5 })]), token: true, expect: { status: 200, code: 'BAD_USER_INPUT' } },
  { name: 'value as the string NaN', body: submit([item({ value: 'NaN' })]), token: true, expect: { status: 400, code: 'BAD_USER_INPUT' } },
  { name: 'value as the string Infinity', body: submit([item({ value: 'Infinity' })]), token: true, expect: { status: 400, code: 'BAD_USER_INPUT' } },
  { name: 'period 2024-13', body: submit([item({ period: '2024-13' })]), token: true, expect: { status: 200, code: 'BAD_USER_INPUT' } },
  ...HOSTILE.flatMap((text, index): Attempt[] => [
    { name: `hostile city id ${index}`, body: submit([item({ cityId: text })]), token: true, expect: { status: 200, code: 'FORBIDDEN' } },
    { name: `hostile indicator ${index}`, body: submit([item({ indicatorCode: text })]), token: true, expect: { status: 200, code: 'BAD_USER_INPUT' } },
    { name: `hostile period ${index}`, body: submit([item({ period: text, source: text, note: text })]), token: true, expect: { status: 200, code: 'BAD_USER_INPUT' } },
    {
      name: `hostile search ${index}`,
      body: json({ query: 'query ($q: String) { cases(search: $q) { nodes { id } } }', variables: { q: `${text}${'x'.repeat(100)}` } }),
      expect: { status: 200, code: 'BAD_USER_INPUT' },
    },
  ]),
];

describe('attacks on the gateway', () => {
  let system: TestStack;
  let editor: string;
  const countRows = async () => {
    const result = await system.query('{ cities { observations { totalCount nodes { id value } } } cases { totalCount nodes { id } } }');
    return JSON.stringify(result.data);
  };
  beforeAll(async () => {
    system = await startTestStack();
    editor = await system.token({ sub: 'attacker', role: Role.CITY_EDITOR, city: 'shenzhen' });
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  it('answers every bad input with its documented error, never a 5xx, and changes no row', async () => {
    const before = await countRows();
    let fiveXX = 0;
    for (const attempt of ATTEMPTS) {
      const started = Date.now();
      const response = await fetch(system.stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(attempt.token ? { authorization: `Bearer ${editor}` } : {}) },
        body: attempt.body,
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      if (response.status >= 500) fiveXX += 1;
      expect({ attempt: attempt.name, status: response.status, code: body.errors?.[0]?.extensions?.code }).toEqual({ attempt: attempt.name, ...attempt.expect });
      if (attempt.expect.status === 400 && attempt.name !== 'oversized body') expect(Date.now() - started).toBeLessThan(2000);
    }
    const changed = (await countRows()) === before ? 0 : 1;
    console.log(`bad inputs tried: ${ATTEMPTS.length}, 5xx: ${fiveXX}, rows changed: ${changed}`);
    expect(fiveXX).toBe(0);
    expect(changed).toBe(0);
  }, 120_000);
});

describe('rate limits', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack({ RATE_LIMIT_WRITES_PER_MINUTE: '3', RATE_LIMIT_READS_PER_MINUTE: '1000' });
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  it('refuses a caller over the write budget with 429, Retry-After and RATE_LIMITED, while reads and other callers go on', async () => {
    const send = (token: string) =>
      fetch(system.stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: submit([item({ value: 91 })]) });
    const busy = await system.token({ sub: 'busy-team', role: Role.CITY_EDITOR, city: 'shenzhen' });
    const statuses = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await send(busy)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await send(busy);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await system.query('{ cities { id } }', undefined, busy)).errors).toBeUndefined();
    const other = await system.token({ sub: 'other-team', role: Role.CITY_EDITOR, city: 'shenzhen' });
    expect((await send(other)).status).toBe(200);
  });

  it('counts anonymous callers behind a trusted proxy by their forwarded address, and ignores that header from any other peer', async () => {
    // A second gateway on the same subgraphs with a budget of 3 reads a minute, trusting the proxy or not.
    async function gateway(trustProxy: string) {
      const port = await findFreePort();
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        LOG_LEVEL: 'warn',
        PORT: String(port),
        JWT_SECRET: system.jwtSecret,
        SUBGRAPH_SECRET: system.subgraphSecret,
        RESPONSE_CACHE: 'false',
        RATE_LIMIT_READS_PER_MINUTE: '3',
        TRUST_PROXY: trustProxy,
      };
      for (const name of SERVICE_NAMES) env[subgraphUrlVariable(name)] = system.stack.subgraphUrl(name);
      const child = new ServiceProcess({ name: 'gateway', entry: path.join(repoRoot, 'gateway', 'dist', 'main.js'), env, healthUrl: `http://127.0.0.1:${port}/health` });
      await child.waitUntilHealthy(30_000);
      const read = (client: string) =>
        fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body: json({ query: '{ cities { id } }' }) }).then(
          (response) => response.status,
        );
      return { process: child, read };
    }
    const behindProxy = await gateway('loopback');
    const direct = await gateway('');
    try {
      const first = [];
      for (let index = 0; index < 4; index += 1) first.push(await behindProxy.read('203.0.113.7'));
      expect(first).toEqual([200, 200, 200, 429]);
      expect(await behindProxy.read('203.0.113.8')).toBe(200);

      const spoofed = [];
      for (let index = 0; index < 3; index += 1) spoofed.push(await direct.read(`198.51.100.${index}`));
      expect(spoofed).toEqual([200, 200, 200]);
      expect(await direct.read('198.51.100.99')).toBe(429);
    } finally {
      await behindProxy.process.stop();
      await direct.process.stop();
    }
  }, 90_000);
});

describe('a production-mode gateway', () => {
  const entry = path.join(repoRoot, 'gateway', 'dist', 'main.js');
  async function productionEnv(extra: NodeJS.ProcessEnv = {}) {
    const { publicKey } = await generateKeyPair('ES256');
    const dead = `http://127.0.0.1:${await findFreePort()}/graphql`;
    return {
      ...process.env,
      NODE_ENV: 'production',
      JWT_PUBLIC_KEY: await exportSPKI(publicKey),
      SUBGRAPH_SECRET: 's'.repeat(40),
      LOG_LEVEL: 'fatal',
      METRICS_PORT: String(await findFreePort()),
      JWT_ISSUER: 'https://id.example.gov.cn/realms/ugf',
      JWT_AUDIENCE: 'urban-governance-federation',
      CITIES_URL: dead,
      INITIATIVES_URL: dead,
      INDICATORS_URL: dead,
      CASES_URL: dead,
      JWT_SECRET: '',
      ...extra,
    };
  }

  it('hides introspection and field suggestions, and serves /metrics only on its own port', async () => {
    const port = await findFreePort();
    const env = await productionEnv();
    const gateway = new ServiceProcess({ name: 'gateway', entry, env: { ...env, PORT: String(port) }, healthUrl: `http://127.0.0.1:${port}/health` });
    try {
      await gateway.waitUntilHealthy(30_000);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).not.toBe(200);
      expect(await (await fetch(`http://127.0.0.1:${env.METRICS_PORT}/metrics`)).text()).toMatch(/graphql_requests_total/);
      const post = async (query: string) =>
        (await (await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json({ query }) })).json()) as {
          errors: { message: string; extensions: { code: string } }[];
        };
      const introspection = await post('{ __schema { types { name } } }');
      expect(introspection.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await post('{ citys { id } }');
      expect(typo.errors[0].message).not.toMatch(/Did you mean/);
    } finally {
      await gateway.stop();
    }
  }, 60_000);

  it.each([
    ['a wildcard CORS origin', { CORS_ORIGINS: '*' }, /CORS_ORIGINS may not contain a wildcard/],
    ['only a development secret', { JWT_PUBLIC_KEY: '', JWT_SECRET: 'dev' }, /Production needs a real token key/],
    ['a short subgraph secret', { SUBGRAPH_SECRET: 'short' }, /SUBGRAPH_SECRET/],
    ['no issuer and no audience', { JWT_ISSUER: '', JWT_AUDIENCE: '' }, /Production needs JWT_ISSUER \(or OIDC_ISSUER_URL\) and JWT_AUDIENCE/],
  ])(
    'refuses to start with %s, saying which setting is wrong',
    async (_what, extra, message) => {
      const port = await findFreePort();
      const gateway = new ServiceProcess({ name: 'gateway', entry, env: { ...(await productionEnv(extra)), PORT: String(port), LOG_LEVEL: 'info' }, healthUrl: `http://127.0.0.1:${port}/health` });
      await expect(gateway.waitUntilHealthy(20_000)).rejects.toThrow(message);
    },
    60_000,
  );
});
