import { Kind, OperationTypeNode, parse } from 'graphql';
import { Role, SUBGRAPH_SECRET_HEADER } from '@ugf/runtime';
import type { GraphQLResult } from '../helpers/subgraph-harness';
import { startHiveGateway, type RunningHiveGateway } from '../helpers/hive-gateway';
import { exampleOperations, type ExampleOperation } from '../helpers/example-operations';
import { startTestStack, type TestStack } from '../helpers/test-stack';

async function post<T = Record<string, unknown>>(url: string, body: { query: string; variables?: Record<string, unknown> }, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: body.query, variables: body.variables }) });
  return { status: response.status, body: (await response.json()) as GraphQLResult<T> };
}

const operations = exampleOperations();
const isMutation = (operation: ExampleOperation) =>
  parse(operation.query).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.MUTATION);
const queries = operations.filter((operation) => !isMutation(operation));
const submission = operations.find((operation) => isMutation(operation) && operation.query.includes('submitObservations('));
/** What the tests read of the example submission's answer. */
type Submitted = { submitObservations: { replayed: boolean; created: number } };

describe('Hive Gateway on the committed supergraph, configured by deploy/hive-gateway', () => {
  let stack: TestStack;
  let hive: RunningHiveGateway;
  beforeAll(async () => {
    stack = await startTestStack();
    hive = await startHiveGateway(stack.stack, stack.subgraphSecret);
  }, 120_000);
  afterAll(async () => {
    await hive?.stop();
    await stack?.stop();
  });

  it('runs every example operation of docs/examples: each query, and the submission', () => {
    expect(queries.length + (submission ? 1 : 0)).toBe(operations.length);
    expect(queries.length).toBeGreaterThan(0);
    expect(submission).toBeDefined();
  });

  it.each(queries.map((operation) => [operation.name, operation] as const))('answers the example query %s as our gateway does', async (_name, operation) => {
    const [throughHive, throughOurs] = await Promise.all([post(hive.url, operation), post(stack.stack.gatewayUrl, operation)]);
    expect(throughHive.body.errors).toBeUndefined();
    expect(throughOurs.body.errors).toBeUndefined();
    expect(throughHive.body.data).toEqual(throughOurs.body.data);
  });

  it("forwards the caller's token: the example submission is applied through Hive, and replayed by our gateway", async () => {
    const { items } = (submission?.variables as { input: { items: { cityId: string }[] } }).input;
    const cityId = items[0].cityId;
    const token = await stack.token({ sub: 'hive-drop-in', role: Role.CITY_EDITOR, city: cityId });
    const authorised = { authorization: `Bearer ${token}` };

    const anonymous = await post(hive.url, submission!);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const applied = await post<Submitted>(hive.url, submission!, authorised);
    expect(applied.body.errors).toBeUndefined();
    expect(applied.body.data?.submitObservations).toMatchObject({ replayed: false, created: items.length });

    const replayed = await post<Submitted>(stack.stack.gatewayUrl, submission!, authorised);
    expect(replayed.body.errors).toBeUndefined();
    expect(replayed.body.data?.submitObservations).toEqual({ ...applied.body.data?.submitObservations, replayed: true });
  });

  it('leaves the subgraphs closed to a caller without the subgraph secret', async () => {
    const direct = await post(stack.stack.subgraphUrl('indicators'), { query: '{ indicators { code } }' });
    expect(direct.status).toBe(401);
    expect(direct.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrongSecret = await post(stack.stack.subgraphUrl('cities'), { query: '{ cities { id } }' }, { [SUBGRAPH_SECRET_HEADER]: 'not-the-secret' });
    expect(wrongSecret.status).toBe(401);
  });

  it('answers its health and readiness checks', async () => {
    const origin = new URL(hive.url).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
  });
});
