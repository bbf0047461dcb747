import { graphql, GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { attachObjectBudget, countListsAgainstBudget } from '@ugf/runtime';

const Item: GraphQLObjectType = new GraphQLObjectType({
  name: 'Item',
  fields: () => ({ n: { type: GraphQLInt }, children: { type: new GraphQLList(Item), resolve: () => Array.from({ length: 10 }, (_, n) => ({ n })) } }),
});
const schema = countListsAgainstBudget(
  new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { items: { type: new GraphQLList(Item), resolve: async () => Array.from({ length: 10 }, (_, n) => ({ n })) }, count: { type: GraphQLInt, resolve: () => 3 } },
    }),
  }),
);

describe('the object budget of a subgraph request', () => {
  it('lets a request through while its lists stay within the budget', async () => {
    const result = await graphql({ schema, source: '{ items { n children { n } } }', contextValue: attachObjectBudget({}, 110) });
    expect(result.errors).toBeUndefined();
    expect((result.data?.items as unknown[]).length).toBe(10);
  });

  it('stops a request once its lists hold more objects than allowed, with RESULT_TOO_LARGE', async () => {
    const result = await graphql({ schema, source: '{ items { n children { n } } }', contextValue: attachObjectBudget({}, 109) });
    expect(result.errors?.[0].extensions?.code).toBe('RESULT_TOO_LARGE');
    expect(result.errors?.[0].message).toMatch(/more than 109 objects/);
  });

  it('does not count fields that are not lists of objects', async () => {
    const result = await graphql({ schema, source: '{ count }', contextValue: attachObjectBudget({}, 0) });
    expect(result.errors).toBeUndefined();
  });
});
