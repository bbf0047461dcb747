import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyOfAnswer } from '../../gateway/src/answer-copy';
import { createSubgraphFetcher } from '../../gateway/src/subgraph-fetcher';

type GatewayGraphQLResponse = Parameters<typeof copyOfAnswer>[0];

const answer = { data: { cities: [{ __typename: 'City', code: 'beijing' }] } };

describe('copyOfAnswer', () => {
  let server: Server;
  let url: string;
  const client = createSubgraphFetcher();

  beforeAll(async () => {
    server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=60' }).end(JSON.stringify(answer)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await client.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it("gives a follower the subgraph's answer as it was sent, whatever the leader merged into its own objects", async () => {
    const http = await client.fetcher(url, { method: 'POST', body: '{}' });
    const leader = { ...((await http.json()) as typeof answer), http } as unknown as GatewayGraphQLResponse;
    Object.assign((leader.data as typeof answer.data).cities[0], { name: 'merged by a later fetch' });

    const follower = copyOfAnswer(leader);

    expect(follower.data).toEqual(answer.data);
    expect(follower.http).toBe(leader.http);
    expect(follower.http?.headers.get('cache-control')).toBe('max-age=60');
  });

  it('copies an answer that no subgraph sent (a refusal) with structuredClone', () => {
    const refusal: GatewayGraphQLResponse = { errors: [{ message: 'Invalid period', extensions: { code: 'BAD_USER_INPUT' } }] };
    const copy = copyOfAnswer(refusal);
    expect(copy).toEqual(refusal);
    expect(copy.errors).not.toBe(refusal.errors);
  });
});
