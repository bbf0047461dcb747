import * as federation from '@apollo/federation-internals';
import type { CompositeType, EnumType, FieldSelection, Operation, OutputType, ScalarType, Schema, Selection, SelectionSet } from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';

/**
 * The last step of every federated answer: the data the subgraphs returned, merged, shaped into what the
 * operation asked (aliases, skipped fields, fragments, the fields fetched only for the plan left out, null
 * bubbling with its errors). The same rules as @apollo/gateway's `resultShaping.computeResponse`, which
 * re-reads each selection's directives, names and types for every object of the answer; here each selection
 * set is read once per request and its compiled form applied to every object (test/unit/result-shaping.test.ts
 * checks both give the same answers and errors).
 */
export interface ShapingInput {
  operation: Operation;
  variables?: Record<string, unknown>;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling: (selection: FieldSelection) => unknown;
}

interface CompiledField {
  kind: 'field';
  selection: FieldSelection;
  responseName: string;
  introspection: boolean;
  typename: boolean;
  type: OutputType;
  selectionSet: SelectionSet | undefined;
}

interface CompiledFragment {
  kind: 'fragment';
  typeCondition: CompositeType | undefined;
  selectionSet: SelectionSet;
}

type Compiled = CompiledField | CompiledFragment;

interface Update {
  updated: unknown;
  isInvalid?: boolean;
  hasErrors?: boolean;
}

const NULL_BUBBLE_UP = true;

// Bound once: the package's exports are getters, which cost a call on every use in these loops.
const { ERRORS, isCompositeType, isEnumType, isListType, isNonNullType, isObjectType, isSubtype, isValidLeafValue, typenameFieldName, Variable } = federation;

type LeafType = ScalarType | EnumType;

interface LeafItems {
  nonNull: boolean;
  type: OutputType;
  isValid: (value: unknown) => boolean;
}

/**
 * isValidLeafValue for one type, with its answer for the common leaves decided once: a Float is a finite
 * number, a String a string, an enum value one of the enum's names; the other leaves ask isValidLeafValue.
 */
function leafCheck(schema: Schema, type: LeafType): (value: unknown) => boolean {
  if (type === schema.floatType()) return (value) => typeof value === 'number' && Number.isFinite(value);
  if (type === schema.stringType()) return (value) => typeof value === 'string';
  if (isEnumType(type)) {
    const names = new Set(type.values.map((value) => value.name));
    return (value) => typeof value === 'string' && names.has(value);
  }
  return (value) => isValidLeafValue(schema, value, type);
}

class Shaper {
  private readonly compiled = new Map<SelectionSet, Compiled[]>();
  private readonly leafLists = new Map<OutputType, LeafItems | null>();
  private readonly leafChecks = new Map<LeafType, (value: unknown) => boolean>();
  readonly errors: GraphQLError[] = [];

  constructor(
    private readonly schema: Schema,
    private readonly variables: Record<string, unknown>,
    private readonly introspectionHandling: ShapingInput['introspectionHandling'],
  ) {}

  private condition(directive: { arguments(): { if: boolean | federation.Variable }; toString(): string } | undefined): boolean | undefined {
    if (!directive) return undefined;
    const argument = directive.arguments().if;
    if (!(argument instanceof Variable)) return argument;
    const value = this.variables[argument.name];
    if (typeof value !== 'boolean') throw new Error(`Unexpected value ${String(value)} for variable ${argument.toString()} of ${directive.toString()}`);
    return value;
  }

  private skipped(selection: Selection): boolean {
    const skip = this.condition(selection.element.appliedDirectivesOf(this.schema.skipDirective())[0]);
    const include = this.condition(selection.element.appliedDirectivesOf(this.schema.includeDirective())[0]);
    return skip === true || include === false;
  }

  /** A selection set's selections that are not skipped, with what applying them needs; read on first use. */
  private compile(selectionSet: SelectionSet): Compiled[] {
    let compiled = this.compiled.get(selectionSet);
    if (compiled) return compiled;
    compiled = [];
    for (const selection of selectionSet.selections()) {
      if (this.skipped(selection)) continue;
      if (selection.kind === 'FieldSelection') {
        const field = selection.element;
        compiled.push({
          kind: 'field',
          selection,
          responseName: field.responseName(),
          introspection: field.definition.isSchemaIntrospectionField(),
          typename: field.name === typenameFieldName,
          type: field.definition.type!,
          selectionSet: selection.selectionSet,
        });
      } else {
        const fragment = selection.element;
        compiled.push({ kind: 'fragment', typeCondition: fragment.typeCondition, selectionSet: selection.selectionSet });
      }
    }
    this.compiled.set(selectionSet, compiled);
    return compiled;
  }

  private typeConditionApplies(typeCondition: CompositeType | undefined, typename: string | undefined, parentType: CompositeType): boolean {
    if (!typeCondition) return true;
    if (!typename) return isSubtype(typeCondition, parentType);
    const type = this.schema.type(typename);
    return !!type && isSubtype(typeCondition, type as CompositeType);
  }

  /** Fills `output` from `input`; true when a non-null field came out null and the object must be null. */
  applySelectionSet(input: Record<string, unknown>, selectionSet: SelectionSet, output: Record<string, unknown>, path: (string | number)[], parentType: CompositeType): boolean {
    for (const selection of this.compile(selectionSet)) {
      if (selection.kind === 'fragment') {
        const typename = input[typenameFieldName];
        if (typename && typeof typename !== 'string') throw new Error(`Got unexpected value for __typename: ${show(typename)}`);
        if (this.typeConditionApplies(selection.typeCondition, typename as string | undefined, parentType)) {
          if (this.applySelectionSet(input, selection.selectionSet, output, path, selection.typeCondition ?? parentType) === NULL_BUBBLE_UP) return NULL_BUBBLE_UP;
        }
        continue;
      }
      const { responseName } = selection;
      const outputValue = output[responseName];
      if (selection.introspection) {
        if (outputValue === undefined) output[responseName] = this.introspectionHandling(selection.selection);
        continue;
      }
      let inputValue = (Object.prototype.hasOwnProperty.call(input, responseName) ? input[responseName] : undefined) ?? null;
      if (selection.typename) {
        if (outputValue === undefined) {
          if (inputValue === null && responseName !== typenameFieldName) inputValue = input[typenameFieldName] ?? null;
          const type = typeof inputValue === 'string' ? (this.schema.type(inputValue) ?? parentType) : parentType;
          if (!isObjectType(type)) return NULL_BUBBLE_UP;
          output[responseName] = type.name;
        }
        continue;
      }
      path.push(responseName);
      const { updated, isInvalid } = this.updateOutputValue(outputValue, selection.type, inputValue, selection.selectionSet, path, parentType);
      output[responseName] = updated;
      path.pop();
      if (isInvalid) return NULL_BUBBLE_UP;
    }
    return false;
  }

  private updateOutputValue(outputValue: unknown, type: OutputType, inputValue: unknown, selectionSet: SelectionSet | undefined, path: (string | number)[], parentType: CompositeType): Update {
    if (outputValue === null || (outputValue !== undefined && !selectionSet)) return { updated: outputValue };
    if (isNonNullType(type)) {
      const { updated, hasErrors } = this.updateOutputValue(outputValue, type.ofType as OutputType, inputValue, selectionSet, path, parentType);
      if (updated !== null) return { updated };
      if (!hasErrors) this.error(`Cannot return null for non-nullable ${describeLast(path, type.ofType as OutputType, parentType)}.`, path);
      return { updated, isInvalid: true, hasErrors: true };
    }
    if (inputValue === null) return { updated: null };
    if (isListType(type)) {
      if (!Array.isArray(inputValue)) throw new Error(`Invalid non-list value ${show(inputValue)} returned by subgraph for list type ${type.toString()}`);
      if (outputValue !== undefined && (!Array.isArray(outputValue) || outputValue.length !== inputValue.length))
        throw new Error(`Invalid list value returned by subgraph for list type ${type.toString()}`);
      const outputList = outputValue as unknown[] | undefined;
      const leaves = outputList === undefined && !selectionSet ? this.leafItems(type.ofType as OutputType) : undefined;
      if (leaves) return this.leafListValue(inputValue, leaves, path, parentType);
      const updated = new Array<unknown>(inputValue.length);
      let shouldNullify = false;
      let hasErrors = false;
      for (let index = 0; index < inputValue.length; index++) {
        path.push(index);
        const element = this.updateOutputValue(outputList?.[index], type.ofType as OutputType, inputValue[index], selectionSet, path, parentType);
        path.pop();
        shouldNullify ||= !!element.isInvalid;
        hasErrors ||= !!element.hasErrors;
        updated[index] = element.updated;
      }
      return { updated: shouldNullify ? null : updated, hasErrors };
    }
    if (isCompositeType(type)) {
      if (!selectionSet) throw new Error(`Invalid empty selection set for composite type ${type.toString()}`);
      if (typeof inputValue !== 'object') throw new Error(`Invalid non-object value ${show(inputValue)} returned by subgraph for composite type ${type.toString()}`);
      const object = inputValue as Record<string, unknown>;
      const inputTypename = object[typenameFieldName];
      if (inputTypename !== undefined && typeof inputTypename !== 'string') throw new Error(`Invalid non-string value ${show(inputTypename)} for __typename at ${path.join(',')}`);
      let objectType: CompositeType = type;
      if (inputTypename) {
        const typenameType = this.schema.type(inputTypename);
        if (!typenameType || !isCompositeType(typenameType)) {
          this.error(`Invalid __typename found for object at ${describeLast(path, type, parentType)}.`, path);
          return { updated: null, hasErrors: true };
        }
        objectType = typenameType;
      }
      const output = outputValue === undefined ? (Object.create(null) as Record<string, unknown>) : (outputValue as Record<string, unknown>);
      const hasErrors = this.applySelectionSet(object, selectionSet, output, path, objectType);
      return { updated: hasErrors ? null : output, hasErrors };
    }
    if (outputValue !== undefined) throw new Error(`Excepted output to be undefined but got ${type.toString()} for type ${type.toString()}`);
    const valid = this.leafCheckOf(type)(inputValue);
    if (!valid) this.error(`Invalid value found for ${describeLast(path, type, parentType)}.`, path);
    return { updated: valid ? inputValue : null, hasErrors: !valid };
  }

  private leafCheckOf(type: LeafType): (value: unknown) => boolean {
    let check = this.leafChecks.get(type);
    if (!check) this.leafChecks.set(type, (check = leafCheck(this.schema, type)));
    return check;
  }

  /** How the items of a list of leaves are checked, or undefined when its items are not leaves; compiled once per type. */
  private leafItems(itemType: OutputType): LeafItems | undefined {
    let items = this.leafLists.get(itemType);
    if (items === undefined) {
      const nonNull = isNonNullType(itemType);
      const type = (nonNull ? itemType.ofType : itemType) as OutputType;
      items = isListType(type) || isCompositeType(type) ? null : { nonNull, type, isValid: this.leafCheckOf(type as LeafType) };
      this.leafLists.set(itemType, items);
    }
    return items ?? undefined;
  }

  /**
   * A list of leaves, the largest part of a compact matrix (300,000 values in each of three lists): the same
   * result and errors as taking each item through updateOutputValue, without an Update and a path step per item.
   */
  private leafListValue(input: unknown[], { nonNull, type, isValid }: LeafItems, path: (string | number)[], parentType: CompositeType): Update {
    const updated = new Array<unknown>(input.length);
    let shouldNullify = false;
    let hasErrors = false;
    for (let index = 0; index < input.length; index++) {
      const item = input[index];
      if (item !== null && isValid(item)) {
        updated[index] = item;
        continue;
      }
      updated[index] = null;
      if (item === null && !nonNull) continue;
      path.push(index);
      this.error(item === null ? `Cannot return null for non-nullable ${describeLast(path, type, parentType)}.` : `Invalid value found for ${describeLast(path, type, parentType)}.`, path);
      path.pop();
      hasErrors = true;
      shouldNullify ||= nonNull;
    }
    return { updated: shouldNullify ? null : updated, hasErrors };
  }

  private error(message: string, path: (string | number)[]): void {
    this.errors.push(ERRORS.INVALID_GRAPHQL.err(message, { path: Array.from(path) }));
  }
}

/** A value in an internal error's message. */
const show = (value: unknown): string => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

function describeLast(path: (string | number)[], currentType: OutputType, parentType: CompositeType): string {
  const element = path[path.length - 1];
  return typeof element === 'string' ? `field ${parentType.toString()}.${element}` : `array element of type ${currentType.toString()} at index ${element}`;
}

export function computeResponse({ operation, variables, input, introspectionHandling }: ShapingInput): { data: Record<string, unknown> | null | undefined; errors: GraphQLError[] } {
  if (!input) return { data: input, errors: [] };
  const schema = operation.schema();
  const shaper = new Shaper(schema, { __proto__: null, ...operation.collectDefaultedVariableValues(), ...variables }, introspectionHandling);
  const data = Object.create(null) as Record<string, unknown>;
  const bubbled = shaper.applySelectionSet(input, operation.selectionSet, data, [], schema.schemaDefinition.rootType(operation.rootKind)!);
  return { data: bubbled ? null : data, errors: shaper.errors };
}
