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
        config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string', Period: 'string' }, skipTypename: true },
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

/** `--check`: exits 1 naming the generated files that differ from the committed ones (or are missing/extra). */
async function check() {
  const files = await generatedFiles();
  const committedDir = path.join(DASHBOARD_DIR, OUTPUT_DIR);
  const committed = fs.existsSync(committedDir) ? fs.readdirSync(committedDir).map((name) => path.join(OUTPUT_DIR, name)) : [];
  const stale = files.filter((file) => !fs.existsSync(path.join(DASHBOARD_DIR, file.path)) || fs.readFileSync(path.join(DASHBOARD_DIR, file.path), 'utf8') !== file.content).map((file) => file.path);
  const extra = committed.filter((name) => !files.some((file) => path.normalize(file.path) === path.normalize(name)));
  console.log(JSON.stringify({ files: files.map((file) => file.path), stale, extra }));
  if (stale.length || extra.length) process.exitCode = 1;
}

async function main() {
  if (process.argv.includes('--check')) return check();
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
