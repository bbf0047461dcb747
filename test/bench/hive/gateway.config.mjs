// Hive Gateway as the benchmark runs it: the committed supergraph, the subgraph URLs of this run, and the
// same headers our gateway sends (the caller's bearer token and the subgraph secret). No response cache.
import { defineConfig } from '@graphql-hive/gateway';

const subgraphs = ['cities', 'initiatives', 'indicators', 'cases'];

export const gatewayConfig = defineConfig({
  supergraph: process.env.SUPERGRAPH_PATH,
  transportEntries: Object.fromEntries(
    subgraphs.filter((name) => process.env[`${name.toUpperCase()}_URL`]).map((name) => [name, { location: process.env[`${name.toUpperCase()}_URL`] }]),
  ),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization') ?? undefined,
      'x-subgraph-secret': process.env.SUBGRAPH_SECRET,
    }),
  },
  logging: 'error',
  graphiql: false,
  landingPage: false,
});
