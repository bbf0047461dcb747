import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, isEnumType, isInputObjectType, isObjectType, parse, type GraphQLField, type GraphQLInputField, type GraphQLSchema } from 'graphql';
import { composeSupergraph, readSubgraphSdl, subgraphSdlPath } from '@ugf/gateway';
import { repoRoot, SERVICE_NAMES } from '@ugf/runtime';

/** Types and fields that @apollo/subgraph adds for the gateway; they are not part of the public schema. */
const FEDERATION_INTERNALS = new Set(['_Service', '_Entity', '_Any', 'FieldSet', 'link__Import', 'link__Purpose', 'federation__Scope', 'federation__Policy', 'federation__ContextFieldValue']);

function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || FEDERATION_INTERNALS.has(type.name) || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (type.name !== 'Query' && type.name !== 'Mutation' && !type.description) missing.push(type.name);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values<GraphQLField<unknown, unknown> | GraphQLInputField>(type.getFields())) {
        if (type.name === 'Query' && field.name.startsWith('_')) continue;
        if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description && !type.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('the committed supergraph', () => {
  it('equals a fresh composition of the four subgraphs (run `npm run compose` after a schema change)', async () => {
    const committed = fs.readFileSync(path.join(repoRoot, 'gateway', 'supergraph.graphql'), 'utf8');
    expect(await composeSupergraph()).toBe(committed);
  }, 60_000);

  it.each(SERVICE_NAMES)(
    'keeps gateway/subgraphs/%s.graphql equal to the SDL that subgraph prints (run `npm run compose` after a schema change)',
    async (name) => {
      expect(fs.readFileSync(subgraphSdlPath(name), 'utf8').trimEnd()).toBe((await readSubgraphSdl(name)).trimEnd());
    },
    60_000,
  );

  it.each(SERVICE_NAMES)(
    'describes every type and field of the %s subgraph',
    async (name) => {
      const sdl = await readSubgraphSdl(name);
      const schema = buildASTSchema(parse(sdl), { assumeValid: true, assumeValidSDL: true });
      expect(undescribed(schema)).toEqual([]);
    },
    60_000,
  );
});
