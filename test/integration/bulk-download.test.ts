import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, Role } from '@ugf/runtime';
import { SDMX_COLUMN_NAMES } from '@ugf/import-client';
import { parse } from 'csv-parse/sync';
import { importFile } from '../helpers/import-cli';
import type { GraphQLResult } from '../helpers/subgraph-harness';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';

interface Listing {
  observations: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { period: string; city: { id: string }; indicator: { code: string }; breakdown: { dimension: string; code: string }[] }[];
  };
}
const LISTING = gql<Listing>(
  'query ($first: Int!, $after: String, $includeSample: Boolean!) { observations(includeSample: $includeSample, first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { period city { id } indicator { code } breakdown { dimension code } } } }',
);
const COUNT = gql<{ observations: { totalCount: number }; dataVersion: { id: string } }>(
  'query ($includeSample: Boolean!) { observations(includeSample: $includeSample, first: 0) { totalCount } dataVersion { id } }',
);
const SUBMIT = gql<{ submitObservations: { created: number } }>('mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created } }');

interface IndexAnswer {
  dataVersion: { id: string; changedAt: string | null };
  includesSample: boolean;
  values: number;
  builtAt: string;
  files: { format: string; name: string; mediaType: string; bytes: number; sha256: string; url: string; checksumUrl: string }[];
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const keyOf = (city: string, indicator: string, period: string, breakdown: string) => [city, indicator, period, breakdown].join('|');

describe('the bulk download of the whole data set', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack();
    const admin = await system.token({ sub: 'bulk-admin', role: Role.ADMIN });
    expect((await importFile(system, path.join(repoRoot, 'seeds', 'published', 'observations.csv'), admin)).code).toBe(0);
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await fetch(new URL(url, system.stack.gatewayUrl), { headers });
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  };
  const index = async (query = '') => {
    const { response, body } = await get(`download${query}`);
    expect(response.status).toBe(200);
    return JSON.parse(body.toString()) as IndexAnswer;
  };
  const fileOf = (answer: IndexAnswer, format: string) => answer.files.find((file) => file.format === format)!;
  const counted = async (includeSample: boolean) => (await system.query(COUNT, { includeSample })).data!;

  it('lists every value of every indicator a keyset page at a time, in key order, each once', async () => {
    const keys: string[] = [];
    const statements: number[] = [];
    let after: string | null = null;
    for (let pages = 0; ; pages += 1) {
      const before = (await system.sqlStatements()).indicators;
      const result: GraphQLResult<Listing> = await system.query(LISTING, { first: 700, after, includeSample: true });
      statements.push((await system.sqlStatements()).indicators - before);
      expect(result.errors).toBeUndefined();
      const { nodes, pageInfo } = result.data!.observations;
      keys.push(...nodes.map((node) => keyOf(node.city.id, node.indicator.code, node.period, node.breakdown.map((part) => `${part.dimension}=${part.code}`).join(';'))));
      if (!pageInfo.hasNextPage) break;
      expect(pages).toBeLessThan(1000);
      after = pageInfo.endCursor;
    }
    expect(keys.length).toBe((await counted(true)).observations.totalCount);
    // Every page, the last as the first, costs the same statements (the page, the enrolled cities, the page's indicators), without the count nobody asked for.
    expect(statements.length).toBeGreaterThan(5);
    expect(new Set(statements)).toEqual(new Set([statements[0]]));
    expect(statements[0]).toBeLessThanOrEqual(3);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys.map((key) => key.split('|')[1])).size).toBeGreaterThan(20);
    const cities = keys.map((key) => key.split('|')[0]);
    expect(cities).toEqual([...cities].sort());

    const forged = await system.query(LISTING, { first: 10, after: Buffer.from('["k","x"]').toString('base64url'), includeSample: true });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(forged.errors?.[0].message).toMatch(/not a cursor of this list/);
  });

  it('serves the published values as SDMX-CSV and NDJSON holding the same values, with the data version and a SHA-256 that the bytes match', async () => {
    const expected = await counted(false);
    const answer = await index();
    expect(answer).toMatchObject({ includesSample: false, values: expected.observations.totalCount, dataVersion: { id: expected.dataVersion.id } });
    expect(answer.values).toBeGreaterThan(0);

    const csv = await get(fileOf(answer, 'csv').url);
    expect(csv.response.status).toBe(200);
    expect(csv.response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.response.headers.get('content-disposition')).toContain(`ugf-data-${expected.dataVersion.id}.csv`);
    expect(csv.response.headers.get('x-data-version')).toBe(expected.dataVersion.id);
    expect(csv.response.headers.get('repr-digest')).toBe(`sha-256=:${createHash('sha256').update(csv.body).digest('base64')}:`);
    expect(sha256(csv.body)).toBe(fileOf(answer, 'csv').sha256);
    expect(csv.body.length).toBe(fileOf(answer, 'csv').bytes);
    const rows = parse<Record<string, string>>(csv.body, { columns: true });
    expect(csv.body.toString().split('\n')[0]).toBe(SDMX_COLUMN_NAMES.join(','));
    expect(rows).toHaveLength(answer.values);
    expect(rows.every((row) => row.SAMPLE === 'false' && row.SOURCE_URL.startsWith('http'))).toBe(true);

    const ndjson = await get(fileOf(answer, 'ndjson').url);
    expect(ndjson.response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(sha256(ndjson.body)).toBe(fileOf(answer, 'ndjson').sha256);
    const records = ndjson.body
      .toString()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { city: string; indicator: string; period: string; value: number; citation: { url: string } | null; breakdown: Record<string, string> });
    expect(records.map((record) => [record.city, record.indicator, record.period, String(record.value), record.citation?.url])).toEqual(
      rows.map((row) => [row.REF_AREA, row.SERIES, row.TIME_PERIOD, row.OBS_VALUE, row.SOURCE_URL]),
    );

    const checksum = await get(fileOf(answer, 'csv').checksumUrl);
    expect(checksum.body.toString()).toBe(`${sha256(csv.body)}  ugf-data-${expected.dataVersion.id}.csv\n`);

    const citation = (await get(`cite?format=bibtex&url=${encodeURIComponent('/download/data.csv')}`)).body.toString();
    expect(citation).toContain('bulk download of the whole data set');
    expect(citation).toContain(expected.dataVersion.id);
  });

  it('answers a conditional request with 304 and a range with 206, from the same file', async () => {
    const answer = await index();
    const { url, sha256: sum } = fileOf(answer, 'csv');
    const first = await get(url);
    // fetch adds `Cache-Control: no-cache` to a conditional request unless it has a Cache-Control of its own.
    expect((await get(url, { 'If-None-Match': first.response.headers.get('etag')!, 'Cache-Control': 'max-age=0' })).response.status).toBe(304);
    const part = await get(url, { Range: 'bytes=0-99' });
    expect(part.response.status).toBe(206);
    expect(part.body).toEqual(first.body.subarray(0, 100));
    expect(first.response.headers.get('etag')).toBe(`"sha256-${sum}"`);
  });

  it('builds once for requests that come together, and builds the next version after a write, removing the old files', async () => {
    const [one, two] = await Promise.all([index('?includeSample=true'), index('?includeSample=true')]);
    expect(one.builtAt).toBe(two.builtAt);
    expect(one.values).toBe((await counted(true)).observations.totalCount);
    expect(fileOf(one, 'ndjson').name).toMatch(/^ugf-data-with-sample-values-/);

    const before = await index();
    const admin = await system.token({ sub: 'bulk-admin', role: Role.ADMIN });
    const item = { cityId: 'haikou', indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2011', value: 77.5, source: 'Haikou 12345 hotline annual report' };
    const submitted = await system.query(SUBMIT, { input: { idempotencyKey: 'bulk-download-write', items: [item] } }, admin);
    expect(submitted.errors).toBeUndefined();

    const after = await index();
    expect(after.dataVersion.id).not.toBe(before.dataVersion.id);
    expect(after.values).toBe(before.values + 1);
    const rows = parse<Record<string, string>>((await get(fileOf(after, 'csv').url)).body, { columns: true });
    expect(rows.find((row) => row.REF_AREA === 'haikou' && row.SERIES === 'HOTLINE_RESOLUTION_RATE' && row.TIME_PERIOD === '2011')?.OBS_VALUE).toBe('77.5');
    const kept = fs.readdirSync(path.join(system.databases.dataDir, 'downloads'));
    expect(kept.sort()).toEqual([...after.files.map((file) => file.name), ...one.files.map((file) => file.name)].sort());
  });

  it('refuses what it does not serve with a code', async () => {
    for (const [url, status, code] of [
      ['download?indicatorCodes=PM25_ANNUAL_MEAN', 400, 'BAD_USER_INPUT'],
      ['download/data.csv?includeSample=maybe', 400, 'BAD_USER_INPUT'],
      ['download/data.xlsx', 404, 'NOT_FOUND'],
    ] as const) {
      const { response, body } = await get(url);
      expect(response.status).toBe(status);
      expect((JSON.parse(body.toString()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(code);
    }
  });
});
