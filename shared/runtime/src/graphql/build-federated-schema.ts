import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, type BuildSchemaOptions, createResolversMap } from 'type-graphql';

/** Federation v2 features this project's subgraphs may use. */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@tag", "@inaccessible", "@listSize", "@cost"])`;

type ReferenceResolver<TContext> = (reference: Record<string, unknown>, context: TContext) => unknown;
export type ReferenceResolvers<TContext> = Record<string, { __resolveReference: ReferenceResolver<TContext> }>;

/**
 * type-graphql builds the schema from decorated classes; @apollo/subgraph turns its SDL (with the
 * `@key` and other directives the classes carry) into a federation subgraph. Entity reference resolvers
 * are added per type next to the field resolvers type-graphql generated.
 */
export async function buildFederatedSchema<TContext>(options: Omit<BuildSchemaOptions, 'skipCheck'>, referenceResolvers: ReferenceResolvers<TContext>): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true });
  const generated = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  const resolvers: Record<string, Record<string, unknown>> = { ...generated };
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...generated[typeName], ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(schema)}
    `,
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
}
