import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { apiSchemaSdl } from '@ugf/tools/dist/codegen/api-schema';
import { exampleOperations } from '../helpers/example-operations';

const repoRoot = path.resolve(__dirname, '../..');

describe('client types generated from the supergraph', () => {
  it.each([
    ['dashboard', ['src/gql/gql.ts', 'src/gql/graphql.ts', 'src/gql/index.ts']],
    ['shared/import-client', ['src/generated/operations.ts']],
  ])(
    'are up to date in %s with gateway/supergraph.graphql and its operations (else run `npm run codegen`)',
    (client, expectedFiles) => {
      // In its own process: GraphQL Code Generator loads ES modules that jest's CommonJS runtime cannot.
      const run = spawnSync(process.execPath, [path.join(repoRoot, client, 'scripts/codegen.cjs'), '--check'], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const result = JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as { files: string[]; stale: string[]; extra: string[] };
      expect(result.files.sort()).toEqual(expectedFiles);
      expect({ stale: result.stale, extra: result.extra }).toEqual({ stale: [], extra: [] });
      expect(run.status).toBe(0);
    },
    60_000,
  );

  it('come from the API schema: no federation join directives, every root field of the supergraph', () => {
    const sdl = apiSchemaSdl();
    expect(sdl).not.toMatch(/join__|@link|link__/);
    const schema = buildSchema(sdl);
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(expect.arrayContaining(['cities', 'ranking', 'comparison', 'declarationIndex', 'cases']));
    expect(schema.getMutationType()?.getFields().submitObservations).toBeDefined();
  });

  it('preloads every example operation of docs/examples in the GraphiQL page, each valid against the schema with its variables', () => {
    const schema = buildSchema(apiSchemaSdl());
    const examples = exampleOperations();
    expect(examples.length).toBeGreaterThanOrEqual(11);
    for (const { name, query, variables } of examples) {
      const document = parse(query);
      const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      // A named operation gives its GraphiQL tab a name; declared variables must have their values in the file beside it.
      const declared = operations.flatMap((operation) => operation.variableDefinitions?.map((definition) => definition.variable.name.value) ?? []);
      expect({
        name,
        errors: validate(schema, document).map((error) => error.message),
        unnamed: operations.filter((operation) => !operation.name).length,
        missingVariables: declared.filter((variable) => !(variable in (variables ?? {}))),
      }).toEqual({ name, errors: [], unnamed: 0, missingVariables: [] });
    }
  });
});
