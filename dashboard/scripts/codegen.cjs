// GraphQL Code Generator over the API schema of the committed supergraph (gateway/supergraph.graphql).
// `npm run codegen` writes src/gql/; test/unit/client-codegen.test.ts fails when it is stale.
const path = require('node:path');
const { apiSchemaSdl } = require('@ugf/tools/dist/codegen/api-schema');
const { runCodegenCli } = require('@ugf/tools/dist/codegen/run-codegen');

const client = {
  dir: path.resolve(__dirname, '..'),
  outputDir: 'src/gql/',
  config: {
    // Raw SDL: the API schema, without federation's join directives.
    schema: apiSchemaSdl(),
    documents: ['src/**/*.{ts,tsx}', 'examples/**/*.ts', '!src/gql/**/*'],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      'src/gql/': {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string', Period: 'string' }, skipTypename: true },
      },
    },
  },
};

module.exports = { client };

if (require.main === module) runCodegenCli(client);
