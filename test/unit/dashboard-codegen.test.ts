import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

// Plain CommonJS scripts of the dashboard workspace, shared with `npm run codegen -w dashboard`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { apiSchemaSdl } = require('../../dashboard/scripts/api-schema.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readmeQueries } = require('../../dashboard/scripts/readme-queries.cjs');

describe('dashboard types generated from the supergraph', () => {
  it('are up to date with gateway/supergraph.graphql and the documents in dashboard/ (else run `npm run dashboard:codegen`)', async () => {
    // In its own process: GraphQL Code Generator loads ES modules that jest's CommonJS runtime cannot.
    const run = spawnSync(process.execPath, [path.resolve(__dirname, '../../dashboard/scripts/codegen.cjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) as string);
    expect(result.files.sort()).toEqual(['src/gql/gql.ts', 'src/gql/graphql.ts', 'src/gql/index.ts']);
    expect({ stale: result.stale, extra: result.extra }).toEqual({ stale: [], extra: [] });
    expect(run.status).toBe(0);
  }, 60_000);

  it('come from the API schema: no federation join directives, every root field of the supergraph', () => {
    const sdl: string = apiSchemaSdl();
    expect(sdl).not.toMatch(/join__|@link|link__/);
    const schema = buildSchema(sdl);
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(expect.arrayContaining(['cities', 'ranking', 'comparison', 'declarationIndex', 'cases']));
    expect(schema.getMutationType()?.getFields().submitObservations).toBeDefined();
  });

  it("preloads the README's example queries in the GraphiQL page, each valid against the schema", () => {
    const schema = buildSchema(apiSchemaSdl());
    const queries: { title: string; query: string }[] = readmeQueries();
    expect(queries.length).toBeGreaterThanOrEqual(9);
    for (const { title, query } of queries) {
      expect({ title, errors: validate(schema, parse(query)).map((error) => error.message) }).toEqual({ title, errors: [] });
    }
  });
});
