import fs from 'node:fs';
import fc from 'fast-check';
import { parse } from 'graphql';
import { type CompositeType, type FieldSelection, type NamedType, operationFromDocument, type OutputType, type SelectionSet, Supergraph } from '@apollo/federation-internals';
import { computeResponse as apolloComputeResponse } from '@apollo/gateway/dist/resultShaping';
import { DEFAULT_SUPERGRAPH_PATH } from '../../gateway/src/config';
import { computeResponse } from '../../gateway/src/result-shaping/compiled-result-shaping';
import { useCompiledResultShaping } from '../../gateway/src/result-shaping/use-compiled-result-shaping';
import { dataShapeOf, readWorkloads } from '../bench/harness/workloads';
import { DEFAULT_SCALE } from '../bench/scale/scale-options';
import { exampleOperations } from '../helpers/example-operations';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const apiSchema = Supergraph.build(fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')).apiSchema();

/** Aliases, skipped and included fields (by variable and literally), inline and named fragments, __typename under an alias. */
const EDGE_CASES = `
query EdgeCases($withCases: Boolean!, $skipPeers: Boolean!) {
  first: city(id: "beijing") { id label: name kind: __typename ...Names peers @skip(if: $skipPeers) { id } cases @include(if: $withCases) { nodes { id title } } }
  second: city(id: "chengdu") { ... on City { id population } name @include(if: false) nameZh @skip(if: false) }
  indicators { code unit direction }
}
fragment Names on City { name nameZh }`;

const operations = [
  ...exampleOperations().map(({ name, query, variables }) => ({ name, query, variables: variables ?? {} })),
  ...readWorkloads(dataShapeOf({ ...DEFAULT_SCALE, cities: 20, indicators: 12, years: 5 }), false).map(({ id, query, variables }) => ({ name: id, query, variables })),
  { name: 'edge cases', query: EDGE_CASES, variables: { withCases: true, skipPeers: false } },
  { name: 'edge cases, the other way round', query: EDGE_CASES, variables: { withCases: false, skipPeers: true } },
];

type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T;

/** How often a leaf is of the wrong type, and how long lists get. */
interface Odds {
  wrongLeafOneIn: number;
  longestList: number;
}

const USUAL: Odds = { wrongLeafOneIn: 40, longestList: 3 };
/** Long lists of leaves, many of them wrong: what the list-of-leaves path of the compiled form must get right item by item. */
const WRONG_LEAVES: Odds = { wrongLeafOneIn: 3, longestList: 12 };

/** A leaf of the named type: almost always a valid one, sometimes one of another type (which the shaping must refuse). */
function leaf(draw: Draw, type: NamedType, odds: Odds): unknown {
  if (draw(fc.nat(odds.wrongLeafOneIn - 1)) === 0) return draw(fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.string(), fc.boolean()));
  if (type.kind === 'EnumType') return draw(fc.constantFrom(...type.values.map((value) => value.name), 'NOT_A_VALUE'));
  switch (type.name) {
    case 'Int':
      return draw(fc.integer());
    case 'Float':
      return draw(fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return draw(fc.boolean());
    default:
      return draw(fc.string({ maxLength: 8 }));
  }
}

/** What the subgraphs could have sent for a selection: present or missing fields, nulls anywhere, wrong leaves, stray fields. */
function value(draw: Draw, type: OutputType, selectionSet: SelectionSet | undefined, odds: Odds, nullable = true): unknown {
  if (type.kind === 'NonNullType') return draw(fc.nat(59)) === 0 ? null : value(draw, type.ofType as OutputType, selectionSet, odds, false);
  if (nullable && draw(fc.nat(9)) === 0) return null;
  if (type.kind === 'ListType') return Array.from({ length: draw(fc.nat(odds.longestList)) }, () => value(draw, type.ofType as OutputType, selectionSet, odds));
  if (!selectionSet) return leaf(draw, type, odds);
  const object: Record<string, unknown> = {};
  const typename = draw(fc.nat(29));
  if (typename < 10) object.__typename = typename === 0 ? 'NotAType' : (type as CompositeType).name;
  if (draw(fc.nat(9)) === 0) object.keyFetchedForThePlan = 'stray';
  fill(draw, object, selectionSet, odds);
  return object;
}

function fill(draw: Draw, object: Record<string, unknown>, selectionSet: SelectionSet, odds: Odds): void {
  for (const selection of selectionSet.selections()) {
    if (selection.kind !== 'FieldSelection') {
      fill(draw, object, selection.selectionSet, odds);
      continue;
    }
    const field = selection.element;
    if (draw(fc.nat(59)) === 0) continue;
    object[field.responseName()] = field.name === '__typename' ? field.parentType.name : value(draw, field.definition.type!, selection.selectionSet, odds);
  }
}

/** The answer and its errors, or the failure, of one shaping implementation. */
function outcome(shape: typeof computeResponse, args: Parameters<typeof computeResponse>[0]) {
  try {
    const { data, errors } = shape(args);
    return { data: JSON.stringify(data), errors: errors.map((error) => ({ message: error.message, path: error.path })) };
  } catch {
    return { failed: true };
  }
}

/** Our shaping and @apollo/gateway's give the same data and errors for generated subgraph data; returns how many answers had data. */
function compareOnGeneratedData({ query, variables }: { query: string; variables: Record<string, unknown> }, odds: Odds): number {
  const operation = operationFromDocument(apiSchema, parse(query), { validate: false });
  let withData = 0;
  fc.assert(
    fc.property(fc.gen(), (gen) => {
      const draw: Draw = (arbitrary) => gen(() => arbitrary);
      const input = Object.create(null) as Record<string, unknown>;
      fill(draw, input, operation.selectionSet, odds);
      const args = { operation, variables, input, introspectionHandling: (selection: FieldSelection) => `introspection of ${selection.element.name}` };
      const ours = outcome(computeResponse, args);
      expect(ours).toEqual(outcome(apolloComputeResponse, args));
      if (ours.data && ours.data !== 'null') withData++;
    }),
    { numRuns: RUNS, endOnFailure: true },
  );
  return withData;
}

describe("the compiled result shaping, against @apollo/gateway's own (fast-check)", () => {
  it.each(operations.map((operation) => [operation.name, operation] as const))('shapes what the subgraphs could send for %s exactly as @apollo/gateway does', (_name, operation) => {
    // The generated inputs must reach the answers' data, not only their null and error cases.
    expect(compareOnGeneratedData(operation, USUAL)).toBeGreaterThan(RUNS / 10);
  });

  it('shapes long lists of leaves, many of them null or of the wrong type, exactly as @apollo/gateway does (the compact matrix)', () => {
    const compact = operations.find((operation) => operation.name === 'W3c')!;
    expect(compareOnGeneratedData(compact, WRONG_LEAVES)).toBeGreaterThan(0);
  });

  it('is what @apollo/gateway runs once installed', async () => {
    useCompiledResultShaping();
    const module = await import('@apollo/gateway/dist/resultShaping');
    expect(module.computeResponse).toBe(computeResponse);
  });
});
