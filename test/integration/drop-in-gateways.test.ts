import { Kind, OperationTypeNode, parse } from 'graphql';
import { Role, SUBGRAPH_SECRET_HEADER } from '@ugf/runtime';
import type { GraphQLResult } from '../helpers/subgraph-harness';
import { startGrafbaseGateway } from '../helpers/grafbase-gateway';
import { startHiveGateway } from '../helpers/hive-gateway';
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

/** A gateway that replaces ours in front of the same subgraphs, as an operator runs it with its configuration in deploy/. */
interface DropIn {
  id: string;
  name: string;
  start: (stack: TestStack) => Promise<{ url: string; stop(): Promise<void> }>;
  /** Paths on the gateway's origin that answer 200 while it is up and ready. */
  healthPaths: string[];
}

const DROP_INS: DropIn[] = [
  {
    id: 'hive',
    name: 'Hive Gateway on the committed supergraph, configured by deploy/hive-gateway',
    start: (stack) => startHiveGateway(stack.stack, stack.subgraphSecret),
    healthPaths: ['/health', '/ready'],
  },
  // Grafbase has one health endpoint (deploy/grafbase/grafbase.toml [health]); it has no readiness path of its own.
  {
    id: 'grafbase',
    name: "Grafbase's gateway composing gateway/subgraphs/, configured by deploy/grafbase",
    start: (stack) => startGrafbaseGateway(stack.stack, stack.subgraphSecret),
    healthPaths: ['/health'],
  },
];

describe.each(DROP_INS)('$name', ({ id, start, healthPaths }) => {
  let stack: TestStack;
  let dropIn: { url: string; stop(): Promise<void> };
  beforeAll(async () => {
    stack = await startTestStack();
    dropIn = await start(stack);
  }, 120_000);
  afterAll(async () => {
    await dropIn?.stop();
    await stack?.stop();
  });

  it('runs every example operation of docs/examples: each query, and the submission', () => {
    expect(queries.length + (submission ? 1 : 0)).toBe(operations.length);
    expect(queries.length).toBeGreaterThan(0);
    expect(submission).toBeDefined();
  });

  it.each(queries.map((operation) => [operation.name, operation] as const))('answers the example query %s as our gateway does', async (_name, operation) => {
    const [throughDropIn, throughOurs] = await Promise.all([post(dropIn.url, operation), post(stack.stack.gatewayUrl, operation)]);
    expect(throughDropIn.body.errors).toBeUndefined();
    expect(throughOurs.body.errors).toBeUndefined();
    expect(throughDropIn.body.data).toEqual(throughOurs.body.data);
  });

  it("forwards the caller's token: the example submission is applied through the drop-in, and replayed by our gateway", async () => {
    const { items } = (submission?.variables as { input: { items: { cityId: string }[] } }).input;
    const cityId = items[0].cityId;
    const token = await stack.token({ sub: `${id}-drop-in`, role: Role.CITY_EDITOR, city: cityId });
    const authorised = { authorization: `Bearer ${token}` };

    const anonymous = await post(dropIn.url, submission!);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const applied = await post<Submitted>(dropIn.url, submission!, authorised);
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

  it('answers its health checks', async () => {
    const origin = new URL(dropIn.url).origin;
    for (const healthPath of healthPaths) expect({ healthPath, status: (await fetch(`${origin}${healthPath}`)).status }).toEqual({ healthPath, status: 200 });
  });
});
