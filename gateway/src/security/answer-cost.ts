import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ListSize } from './list-sizes';

/** The size assumed for a list the schema gives no bound (a test keeps every list bounded). */
export const UNBOUNDED_LIST_SIZE = 1000;

interface Walk {
  schema: GraphQLSchema;
  sizes: Map<string, ListSize>;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function slicedSize(size: ListSize, args: Record<string, unknown>): number | undefined {
  const given = size.slicingArguments
    .map((name) => name.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), args))
    .filter((value) => value != null);
  if (given.length === 0) return undefined;
  return given.reduce<number>((product, value) => product * (Array.isArray(value) ? value.length : Number(value)), 1);
}

/**
 * Cost of a selection set, as in the federation cost spec's model: an object counts 1, a scalar 0, and a
 * list multiplies what it holds by its size (its slicing argument, else its assumed size).
 */
function selectionCost(walk: Walk, parent: GraphQLCompositeType, selectionSet: SelectionSetNode | undefined, sizedChildren?: Map<string, number>): number {
  let cost = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : selection;
      const condition = fragment?.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : parent;
      if (fragment && condition && isCompositeType(condition)) cost += selectionCost(walk, condition, fragment.selectionSet, sizedChildren);
      continue;
    }
    if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
    const field = parent.getFields()[selection.name.value];
    const type = field && getNamedType(field.type);
    if (!field || !isCompositeType(type)) continue;
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(field, selection, walk.variables);
    } catch {
      // Wrong variables fail the operation at execution, before any data is read.
    }
    const size = walk.sizes.get(`${parent.name}.${field.name}`);
    const sliced = size && slicedSize(size, args);
    const sizedFields = size && size.sizedFields.length > 0 ? new Map(size.sizedFields.map((name) => [name, sliced ?? size.assumedSize ?? UNBOUNDED_LIST_SIZE])) : undefined;
    const one = 1 + selectionCost(walk, type, selection.selectionSet, sizedFields);
    if (!isListType(getNullableType(field.type))) {
      cost += one;
      continue;
    }
    const items = sizedChildren?.get(field.name) ?? (sizedFields ? undefined : sliced) ?? size?.assumedSize ?? UNBOUNDED_LIST_SIZE;
    cost += one * items;
  }
  return cost;
}

/** The worst-case number of objects the operation's answer can hold, before anything runs. */
export function estimateAnswerCost(schema: GraphQLSchema, sizes: Map<string, ListSize>, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number {
  const fragments = new Map(document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((definition) => [definition.name.value, definition]));
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return selectionCost({ schema, sizes, fragments, variables }, root, operation.selectionSet);
}
