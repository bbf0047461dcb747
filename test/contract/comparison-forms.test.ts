import { indicatorsSubgraph } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

interface Cell {
  value: number | null;
  score: number | null;
  status: string | null;
  missing: boolean;
  source: string | null;
  attributes: { unitMultiplier: number | null; lowerBound: number | null } | null;
}
interface Matrix {
  size: number[];
  value: (number | null)[];
  score: (number | null)[];
  status: (string | null)[];
}

const ARGUMENTS = 'cityIds: ["beijing", "tianjin", "shanghai", "haikou"], indicatorCodes: ["LEGAL_AID_CASES", "HOTLINE_RESOLUTION_RATE"], periods: ["2023", "2024", "2025"]';
const CELLS = gql<{ comparison: { sampleValuesLeftOut: number; cells: Cell[] } }>(`query ($includeSample: Boolean!) {
  comparison(includeSample: $includeSample, ${ARGUMENTS}) { sampleValuesLeftOut cells { value score status missing source attributes { unitMultiplier lowerBound } } }
}`);
const COMPACT = gql<{ comparison: { sampleValuesLeftOut: number; matrix: Matrix } }>(`query ($includeSample: Boolean!) {
  comparison(includeSample: $includeSample, ${ARGUMENTS}) { sampleValuesLeftOut matrix { size value score status } }
}`);

const admin: Identity = { sub: 'admin-forms', role: Role.ADMIN };
const verifier: Identity = { sub: 'verifier-forms', role: Role.VERIFIER };
const SOURCE = 'Legal aid office (test)';
/** Beijing's cell of LEGAL_AID_CASES for 2025: city 0, indicator 0, period 2 of 4 x 2 x 3. */
const BEIJING_2025 = 2;

/**
 * The comparison reads only the columns of the form a query asks for (comparison.ts): these tests hold the
 * compact form read alone to the cells read alone, and make sure a query that asks for cells in any way gets them.
 */
describe('the comparison in its two forms', () => {
  let subgraph: SubgraphHarness;

  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
    const submitted = await subgraph.execute(
      gql<{ submitObservations: { items: { observation: { id: string; revision: number } }[] } }>(`mutation ($input: SubmitObservationsInput!) {
        submitObservations(input: $input) { items { observation { id revision } } }
      }`),
      {
        input: {
          idempotencyKey: 'comparison-forms',
          items: [
            { cityId: 'beijing', indicatorCode: 'LEGAL_AID_CASES', period: '2025', value: 12.5, source: SOURCE, attributes: { unitMultiplier: 3, lowerBound: 12, upperBound: 13 } },
            { cityId: 'tianjin', indicatorCode: 'LEGAL_AID_CASES', period: '2025', value: 9800, source: SOURCE },
            { cityId: 'shanghai', indicatorCode: 'LEGAL_AID_CASES', period: '2025', value: 12_400, source: SOURCE },
            { cityId: 'haikou', indicatorCode: 'LEGAL_AID_CASES', period: '2025', value: 3100, source: SOURCE },
          ],
        },
      },
      admin,
    );
    expect(submitted.errors).toBeUndefined();
    const { id, revision } = submitted.data!.submitObservations.items[3].observation;
    const rejected = await subgraph.execute(
      `mutation ($id: ID!, $revision: Int!) { reviewObservation(id: $id, revision: $revision, decision: REJECTED, comment: "Not the city's figure") { status } }`,
      { id, revision },
      verifier,
    );
    expect(rejected.errors).toBeUndefined();
  });
  afterAll(() => subgraph?.close());

  it.each([true, false])('gives the same values, scores, statuses and left-out samples in the compact form as in the cells (includeSample %s)', async (includeSample) => {
    const cells = await subgraph.execute(CELLS, { includeSample });
    const compact = await subgraph.execute(COMPACT, { includeSample });
    expect(cells.errors).toBeUndefined();
    expect(compact.errors).toBeUndefined();
    const fromCells = cells.data!.comparison.cells;
    const { matrix, sampleValuesLeftOut } = compact.data!.comparison;
    expect(matrix.size).toEqual([4, 2, 3]);
    expect(matrix.value).toEqual(fromCells.map((cell) => cell.value));
    expect(matrix.score).toEqual(fromCells.map((cell) => cell.score));
    expect(matrix.status).toEqual(fromCells.map((cell) => cell.status));
    expect(sampleValuesLeftOut).toBe(cells.data!.comparison.sampleValuesLeftOut);

    // Not vacuous: a value given in thousands is counted in the indicator's units, and the rejected one is missing.
    expect(matrix.value[BEIJING_2025]).toBe(12.5 * 10 ** 3);
    expect(fromCells[BEIJING_2025]).toMatchObject({ source: SOURCE, attributes: { unitMultiplier: null, lowerBound: 12 * 10 ** 3 } });
    expect(fromCells[(3 * 2 + 0) * 3 + 2]).toMatchObject({ missing: true, value: null });
    if (includeSample) expect(matrix.value.filter((value) => value !== null).length).toBeGreaterThan(3);
    else expect(sampleValuesLeftOut).toBeGreaterThan(0);
  });

  it('reads the cells whenever a query asks for them: under an alias, in a named or inline fragment, or included by a variable', async () => {
    const asked = [
      `{ comparison(includeSample: true, ${ARGUMENTS}) { matrix { value } grid: cells { source } } }`,
      `{ comparison(includeSample: true, ${ARGUMENTS}) { ...Both } } fragment Both on Comparison { matrix { value } grid: cells { source } }`,
      `{ comparison(includeSample: true, ${ARGUMENTS}) { matrix { value } ... on Comparison { grid: cells { source } } } }`,
      `query ($withCells: Boolean!) { comparison(includeSample: true, ${ARGUMENTS}) { matrix { value } grid: cells @include(if: $withCells) { source } } }`,
    ];
    for (const query of asked) {
      const result = await subgraph.execute(gql<{ comparison: { matrix: Pick<Matrix, 'value'>; grid: Pick<Cell, 'source'>[] } }>(query), { withCells: true });
      expect(result.errors).toBeUndefined();
      expect(result.data!.comparison.grid[BEIJING_2025].source).toBe(SOURCE);
      expect(result.data!.comparison.matrix.value[BEIJING_2025]).toBe(12.5 * 10 ** 3);
    }
    const skipped = await subgraph.execute(gql<{ comparison: { matrix: Pick<Matrix, 'value'> } }>(asked[3]), { withCells: false });
    expect(skipped.errors).toBeUndefined();
    expect(Object.keys(skipped.data!.comparison)).toEqual(['matrix']);
    expect(skipped.data!.comparison.matrix.value[BEIJING_2025]).toBe(12.5 * 10 ** 3);
  });
});
