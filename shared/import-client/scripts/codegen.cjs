// GraphQL Code Generator over the API schema of the committed supergraph (gateway/supergraph.graphql): the types
// of the operations the importer sends. `npm run codegen` writes src/generated/; test/unit/client-codegen.test.ts
// fails when it is stale.
const path = require('node:path');
const { apiSchemaSdl } = require('@ugf/tools/dist/codegen/api-schema');
const { runCodegenCli } = require('@ugf/tools/dist/codegen/run-codegen');

const client = {
  dir: path.resolve(__dirname, '..'),
  outputDir: 'src/generated/',
  config: {
    schema: apiSchemaSdl(),
    documents: ['src/**/*.ts', '!src/generated/**/*'],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      'src/generated/operations.ts': {
        plugins: ['typescript-operations'],
        config: { enumsAsTypes: true, useTypeImports: true, skipTypename: true, scalars: { ID: 'string', DateTimeISO: 'string', Period: 'string' } },
      },
    },
  },
};

module.exports = { client };

if (require.main === module) runCodegenCli(client);
