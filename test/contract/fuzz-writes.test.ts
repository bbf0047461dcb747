import fc from 'fast-check';
import { casesSubgraph } from '@ugf/cases';
import { indicatorsSubgraph, storedValue } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';

/** 1,000 runs per property in the normal suite; `npm run fuzz` runs 10,000. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const admin: Identity = { sub: 'fuzzer', role: Role.ADMIN };
const editor: Identity = { sub: 'fuzz-editor', role: Role.CITY_EDITOR, cityId: 'shenzhen' };
/** Mostly well-formed values (so that accepted writes are exercised too), sometimes hostile ones. */
const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: hostile });
const hostile = fc.oneof(fc.string(), fc.constantFrom("'; DROP TABLE observation; --", '%', '_', '\u0000', '😀'.repeat(300), ' '), fc.string({ unit: 'binary', maxLength: 40 }));

describe('fuzzing the write paths (fast-check)', () => {
  describe('submitObservations', () => {
    let subgraph: SubgraphHarness;
    beforeAll(async () => {
      subgraph = await openSubgraph(indicatorsSubgraph);
    });
    afterAll(() => subgraph?.close());

    const itemArbitrary = fc.record({
      cityId: mostly(fc.constantFrom('shenzhen', 'beijing', 'haikou')),
      indicatorCode: mostly(fc.constantFrom('HOTLINE_RESOLUTION_RATE', 'PM25_ANNUAL_MEAN', 'LEGAL_AID_CASES')),
      period: mostly(fc.oneof(fc.integer({ min: 1990, max: 2026 }).map(String), fc.constantFrom('2099', '2024-Q3', '2024-Q5', '20x4'))),
      value: fc.oneof(
        { weight: 5, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
        fc.double(),
        fc.integer({ min: -10, max: 200 }),
        fc.constantFrom(1e308, 1e15, 99_999_999_999_999, -0, 0, 100, 100.000001, 5e-324),
      ),
      source: mostly(fc.constant('fuzz')),
      note: fc.option(mostly(fc.constant('fuzzed correction')), { nil: undefined }),
    });

    it('never fails internally, writes nothing when it refuses, and stores every accepted value (to 6 decimals)', async () => {
      let key = 0;
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(itemArbitrary, { minLength: 1, maxLength: 4 }), fc.constantFrom(admin, editor), async (items, identity) => {
          const before = await rowCounts(subgraph.db, ['observation', 'observation_revision', 'submission']);
          const result = await subgraph.execute<{ submitObservations: { items: { outcome: string; observation: { id: string; value: number } }[] } }>(
            'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { items { outcome observation { id value } } } }',
            { input: { idempotencyKey: `fuzz-${(key += 1)}`, items } },
            identity,
          );
          const codes = (result.errors ?? []).map((error) => error.extensions?.code);
          expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
          if (result.errors) {
            expect(await rowCounts(subgraph.db, ['observation', 'observation_revision', 'submission'])).toEqual(before);
            return;
          }
          accepted += 1;
          result.data?.submitObservations.items.forEach((entry, index) => {
            // Values are stored to 6 decimals on every engine (DECIMAL(20, 6)).
            expect(entry.observation.value).toBe(storedValue(items[index].value));
          });
        }),
        { numRuns: RUNS },
      );
      console.log(`submission fuzz runs: ${RUNS}, accepted: ${accepted}, internal errors: 0`);
    }, 600_000);
  });

  describe('submitCase', () => {
    let subgraph: SubgraphHarness;
    beforeAll(async () => {
      subgraph = await openSubgraph(casesSubgraph);
    });
    afterAll(() => subgraph?.close());

    it('never fails internally, writes nothing when it refuses, and makes every accepted case readable', async () => {
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            cityId: mostly(fc.constant('shenzhen')),
            title: mostly(fc.string({ minLength: 1, maxLength: 60 }).map((text) => `Practice ${text}`)),
            titleZh: mostly(fc.constant('做法')),
            summary: mostly(fc.constant('A summary that is long enough to pass.')),
            year: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1978, max: 2026 }) }, fc.integer({ min: 1900, max: 2200 })),
            initiativeIds: fc.array(mostly(fc.constantFrom('1', '4', '10')), { minLength: 1, maxLength: 3 }),
            tags: fc.array(mostly(fc.constantFrom('community', 'green')), { maxLength: 3 }),
            sources: fc.array(fc.record({ title: mostly(fc.constant('Report')), publisher: mostly(fc.constant('Office')) }), { minLength: 1, maxLength: 2 }),
          }),
          fc.constantFrom(admin, editor),
          async (input, identity) => {
            const before = await rowCounts(subgraph.db, ['best_practice_case', 'case_initiative', 'case_tag']);
            const result = await subgraph.execute<{ submitCase: { id: string; title: string } }>('mutation ($input: NewCaseInput!) { submitCase(input: $input) { id title } }', { input }, identity);
            expect((result.errors ?? []).map((error) => error.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
            if (result.errors) {
              expect(await rowCounts(subgraph.db, ['best_practice_case', 'case_initiative', 'case_tag'])).toEqual(before);
              return;
            }
            accepted += 1;
            const read = await subgraph.execute<{ case: { title: string } }>('query ($id: ID!) { case(id: $id) { title } }', { id: result.data?.submitCase.id });
            expect(read.data?.case.title).toBe(input.title.trim());
          },
        ),
        { numRuns: RUNS },
      );
      console.log(`case fuzz runs: ${RUNS}, accepted: ${accepted}, internal errors: 0`);
    }, 600_000);
  });
});
