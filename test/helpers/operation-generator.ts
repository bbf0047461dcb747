import fc from 'fast-check';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** Draws values inside a fast-check property (`fc.gen()`), so every choice is reproduced and shrunk. */
type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T;

/** Known ids make many generated operations reach real data; the rest are random or hostile text. */
const KNOWN_TEXT = ['beijing', 'shenzhen', 'haikou', 'HOTLINE_RESOLUTION_RATE', 'PM25_ANNUAL_MEAN', '2024', '2025', '2024-Q3', '4', 'CCWC_2025:5', 'hotline'];
const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KNOWN_TEXT) },
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', '%', '\u0000', '😀'.repeat(120)),
);
const integer = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -2, max: 2100 }) }, fc.constantFrom(0, 1, 2_147_483_647, -2_147_483_648));
const float = fc.oneof({ weight: 3, arbitrary: fc.double({ min: -10, max: 200, noNaN: true }) }, fc.constantFrom(0, 1e308, -1e308, 5e-324));

export interface GeneratedOperation {
  query: string;
  variables: Record<string, unknown>;
  isMutation: boolean;
  /** The response keys of the root fields (aliases where given). */
  rootKeys: string[];
}

class OperationBuilder {
  private readonly definitions: string[] = [];
  readonly variables: Record<string, unknown> = {};
  readonly rootKeys: string[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly draw: Draw,
  ) {}

  value(type: GraphQLInputType, depth = 0): unknown {
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (depth > 0 && this.draw(fc.integer({ min: 0, max: 9 })) === 0) return null;
    if (isListType(type)) return Array.from({ length: this.draw(fc.integer({ min: 0, max: 3 })) }, () => this.value(type.ofType, depth + 1));
    if (isEnumType(type)) return this.draw(fc.constantFrom(...type.getValues().map((value) => value.name)));
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) || this.draw(fc.boolean()));
      return Object.fromEntries(fields.map((field) => [field.name, this.value(field.type, depth + 1)]));
    }
    if (isScalarType(type)) {
      if (type.name === 'Int') return this.draw(integer);
      if (type.name === 'Float') return this.draw(float);
      if (type.name === 'Boolean') return this.draw(fc.boolean());
      return this.draw(text);
    }
    return null;
  }

  arguments(args: readonly GraphQLArgument[]): string {
    const given = args.filter((arg) => isNonNullType(arg.type) || this.draw(fc.boolean()));
    if (given.length === 0) return '';
    return `(${given
      .map((arg) => {
        const name = `v${this.definitions.length}`;
        this.definitions.push(`$${name}: ${String(arg.type)}`);
        this.variables[name] = this.value(arg.type);
        return `${arg.name}: $${name}`;
      })
      .join(', ')})`;
  }

  selection(type: GraphQLCompositeType, depth: number, keys?: string[]): string {
    if (!isObjectType(type)) return '__typename';
    const fields = type.getFields();
    const names = Object.keys(fields);
    const picked = this.draw(fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: Math.min(4, names.length) }));
    const parts = picked.map((name) => {
      const field = fields[name];
      const named = getNamedType(field.type);
      const alias = this.draw(fc.integer({ min: 0, max: 5 })) === 0 ? `a${this.definitions.length}${field.name}` : '';
      keys?.push(alias || field.name);
      const head = `${alias ? `${alias}: ` : ''}${field.name}${this.arguments(field.args)}`;
      if (!isCompositeType(named)) return head;
      return depth >= 3 ? `${head} { __typename }` : `${head} { ${this.selection(named, depth + 1)} }`;
    });
    return parts.join(' ');
  }

  operation(root: GraphQLObjectType, kind: 'query' | 'mutation'): string {
    const body = this.selection(root, 1, this.rootKeys);
    return `${kind}${this.definitions.length ? `(${this.definitions.join(', ')})` : ''} { ${body} }`;
  }
}

/** A random but valid-looking operation over the API schema: mostly queries, sometimes mutations. */
export function generateOperation(schema: GraphQLSchema, draw: Draw): GeneratedOperation {
  const mutation = schema.getMutationType();
  const isMutation = mutation !== null && mutation !== undefined && draw(fc.integer({ min: 0, max: 3 })) === 0;
  const builder = new OperationBuilder(schema, draw);
  const root = isMutation ? mutation : schema.getQueryType()!;
  const query = builder.operation(root, isMutation ? 'mutation' : 'query');
  return { query, variables: builder.variables, isMutation, rootKeys: builder.rootKeys };
}
