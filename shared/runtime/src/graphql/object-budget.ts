import { defaultFieldResolver, getNamedType, getNullableType, isCompositeType, isListType, isObjectType, type GraphQLSchema } from 'graphql';
import { apiError, ErrorCode } from './errors';

/**
 * Defence in depth behind the gateway's cost estimate: a subgraph stops a request as soon as its lists have
 * produced more objects than it allows, instead of working on after the gateway gave up.
 */
export class ObjectBudget {
  private used = 0;

  constructor(private readonly limit: number) {}

  charge(count: number): void {
    this.used += count;
    if (this.used > this.limit) {
      throw apiError(ErrorCode.RESULT_TOO_LARGE, `This request would resolve more than ${this.limit} objects; ask for less (a smaller page, fewer cities or periods).`, {
        limit: this.limit,
      });
    }
  }
}

const budgets = new WeakMap<object, ObjectBudget>();

/** Gives a request's context its budget; every list of objects resolved for it is charged to it. */
export function attachObjectBudget<C extends object>(context: C, limit: number): C {
  budgets.set(context, new ObjectBudget(limit));
  return context;
}

function charged(context: unknown, result: unknown): unknown {
  if (Array.isArray(result) && typeof context === 'object' && context !== null) budgets.get(context)?.charge(result.length);
  return result;
}

/**
 * Wraps, in place, the resolver of every field that returns a list of objects (`_entities` included), so
 * that the lists count against the request's budget. Fields of other types run as they were. In place,
 * because @apollo/subgraph keeps the reference resolvers on the schema's type objects.
 */
export function countListsAgainstBudget(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const result = resolve(source, args, context, info);
        return result instanceof Promise ? result.then((value) => charged(context, value)) : charged(context, result);
      };
    }
  }
  return schema;
}
