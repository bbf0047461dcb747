import fs from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { createDataSource, Role, type DevTokenClaims } from '@ugf/runtime';
import { DEFAULT_SUPERGRAPH_PATH } from '../../gateway/src/config';
import { generateOperation } from '../helpers/operation-generator';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { testDatabase } from '../helpers/test-database';

/** 300 operations in the normal suite; `npm run fuzz` runs 10,000. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/** What a client must never see: stack frames, source paths, SQL, driver codes, JavaScript errors, masked internals. */
const INTERNALS =
  /\\n\s+at |\bat [\w.<>$]+ \([^)]*:\d+:\d+\)|node_modules|\.[jt]s:\d+|\b(SELECT|INSERT INTO|DELETE FROM)\b|\bER_[A-Z_]+|SQLITE_|TypeError|ReferenceError|Cannot read propert|INTERNAL_SERVER_ERROR/;
const CALLERS: (DevTokenClaims | undefined)[] = [
  undefined,
  { sub: 'fuzz-researcher', role: Role.RESEARCHER },
  { sub: 'fuzz-editor', role: Role.CITY_EDITOR, city: 'shenzhen' },
  { sub: 'fuzz-verifier', role: Role.VERIFIER },
  { sub: 'fuzz-admin', role: Role.ADMIN },
];

async function rowFingerprint(databases: DataSource[]): Promise<string> {
  const counts: Record<string, number> = {};
  for (const [index, db] of databases.entries()) {
    const tables =
      testDatabase === 'mysql'
        ? await db.query<{ name: string }[]>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()')
        : await db.query<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    for (const { name } of tables) counts[`${index}.${name}`] = Number((await db.query<{ n: number | string }[]>(`SELECT COUNT(*) AS n FROM ${name}`))[0].n);
  }
  return JSON.stringify(counts);
}

describe('fuzzing the front door with operations generated from the supergraph (fast-check)', () => {
  let system: TestStack;
  let tokens: (string | undefined)[];
  let databases: DataSource[];
  const schema = Supergraph.build(fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();

  beforeAll(async () => {
    system = await startTestStack({ RATE_LIMIT_READS_PER_MINUTE: '1000000000', RATE_LIMIT_WRITES_PER_MINUTE: '1000000000' });
    tokens = await Promise.all(CALLERS.map(async (claims) => (claims ? system.token(claims) : undefined)));
    databases = await Promise.all(
      (['indicators', 'cases', 'cities', 'initiatives'] as const).map(async (name) => {
        const db = createDataSource({ databaseUrl: system.databases.urlOf(name), sqlitePath: system.databases.sqlitePath(name), entities: [], migrations: [] });
        return db.initialize();
      }),
    );
  }, 120_000);
  afterAll(async () => {
    for (const db of databases ?? []) await db.destroy();
    await system?.stop();
  }, 60_000);

  it('answers every operation without a 5xx or an internal detail, anonymously and with every role, and a refused write changes no row', async () => {
    const tally = { runs: 0, fiveXX: 0, internals: 0, refusedWrites: 0, rowsChangedByRefusal: 0 };
    await fc.assert(
      fc.asyncProperty(fc.gen(), fc.integer({ min: 0, max: CALLERS.length - 1 }), async (draw, caller) => {
        const operation = generateOperation(schema, (arbitrary) => draw(() => arbitrary));
        const before = operation.isMutation ? await rowFingerprint(databases) : '';
        const response = await fetch(system.stack.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(tokens[caller] ? { authorization: `Bearer ${tokens[caller]}` } : {}) },
          body: JSON.stringify({ query: operation.query, variables: operation.variables }),
        });
        const text = await response.text();
        tally.runs += 1;
        if (response.status >= 500) tally.fiveXX += 1;
        if (INTERNALS.test(text)) tally.internals += 1;
        expect({ status: response.status < 500, internals: text.match(INTERNALS)?.[0] ?? null, operation: operation.query }).toEqual({ status: true, internals: null, operation: operation.query });
        if (!operation.isMutation) return;
        // Refused: no field ran (no data at all), or every root field answered an error. A null `data` alone is
        // not a refusal: one failed non-null field nulls the whole answer after the others have written.
        const body = JSON.parse(text) as { data?: unknown; errors?: { path?: (string | number)[] }[] };
        const failed = new Set((body.errors ?? []).map((error) => error.path?.[0]));
        if (body.data !== undefined && !operation.rootKeys.every((key) => failed.has(key))) return;
        tally.refusedWrites += 1;
        if ((await rowFingerprint(databases)) !== before) tally.rowsChangedByRefusal += 1;
        expect(await rowFingerprint(databases)).toEqual(before);
      }),
      // Every run is a request to the whole system: report the first failing operation instead of shrinking it.
      { numRuns: RUNS, endOnFailure: true },
    );
    console.log(
      `gateway fuzz runs: ${tally.runs}, HTTP 5xx: ${tally.fiveXX}, responses with internals: ${tally.internals}, refused writes: ${tally.refusedWrites}, rows changed by a refused write: ${tally.rowsChangedByRefusal}`,
    );
  }, 1_800_000);
});
