// GraphQL Code Generator over the API schema of the committed supergraph (gateway/supergraph.graphql).
// `npm run codegen -w dashboard` writes src/gql/; test/unit/dashboard-codegen.test.ts fails when it is stale.
const fs = require('node:fs');
const path = require('node:path');
const { generate } = require('@graphql-codegen/cli');
const { apiSchemaSdl } = require('./api-schema.cjs');

const DASHBOARD_DIR = path.resolve(__dirname, '..');
const OUTPUT_DIR = 'src/gql/';

function codegenConfig() {
  return {
    // Raw SDL: the API schema, without federation's join directives.
    schema: apiSchemaSdl(),
    documents: ['src/**/*.{ts,tsx}', 'examples/**/*.ts', '!src/gql/**/*'],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [OUTPUT_DIR]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string' }, skipTypename: true },
      },
    },
  };
}

/** The generated files, as { path relative to dashboard/, content }, without writing them. */
async function generatedFiles() {
  const cwd = process.cwd();
  process.chdir(DASHBOARD_DIR);
  try {
    const outputs = await generate({ ...codegenConfig(), cwd: DASHBOARD_DIR }, false);
    return outputs.map((output) => ({ path: path.relative(DASHBOARD_DIR, path.resolve(DASHBOARD_DIR, output.filename)), content: output.content }));
  } finally {
    process.chdir(cwd);
  }
}

async function main() {
  const files = await generatedFiles();
  fs.rmSync(path.join(DASHBOARD_DIR, OUTPUT_DIR), { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(DASHBOARD_DIR, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content);
  }
  console.log(`wrote ${files.map((file) => file.path).join(', ')}`);
}

module.exports = { generatedFiles, codegenConfig, DASHBOARD_DIR, OUTPUT_DIR };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
