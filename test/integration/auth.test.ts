import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { SignJWT } from 'jose';
import { repoRoot, Role, SUBGRAPH_SECRET_HEADER } from '@ugf/runtime';
import type { CityObservations } from '../helpers/answer-shapes';
import type { GraphQLResult } from '../helpers/subgraph-harness';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';

const run = promisify(execFile);

const SUBMIT = gql<{
  submitObservations: { created: number; corrected: number; items: { observation: { id: string; value: number; revision: number; revisions: unknown[] } }[] };
}>(`mutation ($input: SubmitObservationsInput!) {
  submitObservations(input: $input) { created corrected items { observation { id value revision revisions { revision value author note } } } }
}`);
const submission = (cityId: string, value: number, note?: string) => ({
  input: {
    idempotencyKey: `auth-test-${cityId}-${value}`,
    items: [{ cityId, indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2025', value, source: 'City 12345 hotline report', note }],
  },
});

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as GraphQLResult };
}

describe('authentication and authorization through the gateway', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack();
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  it('lets a Shenzhen editor submit, correct and read the history of Shenzhen values, and a verifier verify them', async () => {
    const editor = await system.token({ sub: 'sz-data-team', role: Role.CITY_EDITOR, city: 'shenzhen' });
    const created = await system.query(SUBMIT, submission('shenzhen', 95.2), editor);
    expect(created.errors).toBeUndefined();
    const corrected = await system.query(SUBMIT, submission('shenzhen', 95.8, 'Q4 cases included'), editor);
    const observation = corrected.data!.submitObservations.items[0].observation;
    expect(observation.revisions).toEqual([
      { revision: 1, value: 95.2, author: 'sz-data-team', note: null },
      { revision: 2, value: 95.8, author: 'sz-data-team', note: 'Q4 cases included' },
    ]);

    const verifier = await system.token({ sub: 'checker', role: Role.VERIFIER });
    const verified = await system.query(
      `mutation ($id: ID!, $revision: Int!) { reviewObservation(id: $id, revision: $revision, decision: VERIFIED) { status revision } }`,
      { id: observation.id, revision: observation.revision },
      verifier,
    );
    expect(verified.data?.reviewObservation).toEqual({ status: 'VERIFIED', revision: 3 });

    const read = await system.query<CityObservations<unknown>>(`{ city(id: "shenzhen") { observations(indicatorCode: "HOTLINE_RESOLUTION_RATE", period: "2025") { nodes { value status } } } }`);
    expect(read.data?.city.observations.nodes).toEqual([{ value: 95.8, status: 'VERIFIED' }]);
  });

  it("refuses a Shenzhen editor's value for Beijing with FORBIDDEN and an anonymous write with UNAUTHENTICATED", async () => {
    const editor = await system.token({ sub: 'sz-data-team', role: Role.CITY_EDITOR, city: 'shenzhen' });
    const forbidden = await system.query(SUBMIT, submission('beijing', 90), editor);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await system.query(SUBMIT, submission('beijing', 90));
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const read = await system.query<CityObservations<unknown>>(`{ city(id: "beijing") { observations(indicatorCode: "HOTLINE_RESOLUTION_RATE", period: "2025") { nodes { value } } } }`);
    expect(read.data?.city.observations.nodes).toEqual([]);
  });

  it.each([
    ['a malformed token', async () => 'not-a-jwt'],
    [
      'a token signed with another secret',
      async () => new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('mallory').setExpirationTime('1h').sign(new TextEncoder().encode('another secret')),
    ],
    ['an expired token', async () => system.token({ sub: 'late', role: Role.ADMIN }, Math.floor(Date.now() / 1000) - 60)],
    [
      'a token with an unknown role',
      async () => new SignJWT({ role: 'mayor' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h').sign(new TextEncoder().encode(system.jwtSecret)),
    ],
    ['a city editor token without a city', async () => system.token({ sub: 'nocity', role: Role.CITY_EDITOR })],
  ])('answers %s with 401 UNAUTHENTICATED, even for a read', async (_what, makeToken) => {
    const { status, body } = await post(system.stack.gatewayUrl, { query: '{ cities { id } }' }, { authorization: `Bearer ${await makeToken()}` });
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  it('keeps every subgraph closed to callers without the subgraph secret, health checks excepted', async () => {
    for (const name of ['cities', 'initiatives', 'indicators', 'cases'] as const) {
      const url = system.stack.subgraphUrl(name);
      for (const query of ['{ _service { sdl } }', '{ _entities(representations: [{ __typename: "City", id: "beijing" }]) { __typename } }']) {
        const missing = await post(url, { query });
        expect(missing.status).toBe(401);
        expect(missing.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        const wrong = await post(url, { query }, { [SUBGRAPH_SECRET_HEADER]: 'guess' });
        expect(wrong.status).toBe(401);
      }
      expect((await fetch(url.replace('/graphql', '/health'))).status).toBe(200);
    }
    const mutation = await post(system.stack.subgraphUrl('indicators'), { query: SUBMIT, variables: submission('shenzhen', 1) });
    expect(mutation.status).toBe(401);
  });

  it('has each subgraph verify the forwarded token itself, even with the right secret', async () => {
    const forged = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('mallory').setExpirationTime('1h').sign(new TextEncoder().encode('not the secret'));
    const { body } = await post(
      system.stack.subgraphUrl('indicators'),
      { query: SUBMIT, variables: submission('shenzhen', 2) },
      {
        [SUBGRAPH_SECRET_HEADER]: system.subgraphSecret,
        authorization: `Bearer ${forged}`,
      },
    );
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('development tokens', () => {
  let system: TestStack;
  beforeAll(async () => {
    // No secrets given: the stack generates them in its data folder, as `npm start` does.
    system = await startTestStack({ JWT_SECRET: '', SUBGRAPH_SECRET: '' });
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  it('accepts a token printed by `npm run token` with no further set-up', async () => {
    const { stdout } = await run(process.execPath, [path.join(repoRoot, 'shared', 'tools', 'dist', 'cli', 'token.js'), '--role', 'city_editor', '--city', 'shenzhen'], {
      env: { ...process.env, DATA_DIR: system.databases.dataDir, JWT_SECRET: '' },
    });
    const result = await system.query(SUBMIT, submission('shenzhen', 93.3), stdout.trim());
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitObservations.created).toBe(1);
  });
});
