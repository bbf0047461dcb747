import { Kind, parse, type ConstValueNode } from 'graphql';

/** A field's `@listSize` (federation cost spec): how many items its list, or its sized child lists, hold. */
export interface ListSize {
  assumedSize?: number;
  /** Arguments that bound the size (`input.items` reaches into an input object): an Int is the size, a list counts its items; several multiply. */
  slicingArguments: string[];
  /** Child list fields sized by the slicing arguments (a connection's `nodes`), instead of the field itself. */
  sizedFields: string[];
}

const valueOf = (node: ConstValueNode): unknown =>
  node.kind === Kind.INT ? Number(node.value) : node.kind === Kind.LIST ? node.values.map(valueOf) : node.kind === Kind.STRING ? node.value : undefined;

/**
 * Lists sized by the product of list arguments, which the cost spec cannot say (its slicing arguments are
 * Ints): a comparison has one cell per city, indicator and period asked for, a submission's result one item
 * per item sent.
 */
const SIZED_BY_LIST_ARGUMENTS: Record<string, ListSize> = {
  'Query.comparison': { slicingArguments: ['cityIds', 'indicatorCodes', 'periods'], sizedFields: ['cells'] },
  'Mutation.submitObservations': { slicingArguments: ['input.items'], sizedFields: ['items'] },
};

/** Reads every `@listSize` of the supergraph, keyed `Type.field`, and the lists sized by list arguments. */
export function readListSizes(supergraphSdl: string): Map<string, ListSize> {
  const sizes = new Map<string, ListSize>(Object.entries(SIZED_BY_LIST_ARGUMENTS));
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((candidate) => candidate.name.value === 'listSize');
      if (!directive) continue;
      const args = Object.fromEntries((directive.arguments ?? []).map((argument) => [argument.name.value, valueOf(argument.value)]));
      sizes.set(`${definition.name.value}.${field.name.value}`, {
        assumedSize: typeof args.assumedSize === 'number' ? args.assumedSize : undefined,
        slicingArguments: Array.isArray(args.slicingArguments) ? (args.slicingArguments as string[]) : [],
        sizedFields: Array.isArray(args.sizedFields) ? (args.sizedFields as string[]) : [],
      });
    }
  }
  return sizes;
}
