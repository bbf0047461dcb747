import { casesSubgraph } from '@ugf/cases';
import { indicatorsSubgraph } from '@ugf/indicators';
import type { SubgraphDefinition } from '@ugf/runtime';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';

// A production deployment (SEED_SAMPLE_DATA off) seeds the reference data only.
describe('the seed without the sample data', () => {
  const opened: SubgraphHarness[] = [];
  const open = async <C extends object>(definition: SubgraphDefinition<C>, sample: boolean) => {
    const harness = await openSubgraph(definition, { sample });
    opened.push(harness);
    return harness;
  };
  afterAll(() => Promise.all(opened.map((harness) => harness.close())));

  it('loads the catalogue, the reporting cities and the crosswalk, and no synthetic value or target; the sample seed adds them', async () => {
    const reference = await open(indicatorsSubgraph, false);
    const counts = await rowCounts(reference.db, ['indicator', 'reporting_city', 'framework_element', 'observation', 'observation_revision', 'indicator_target']);
    expect(counts).toMatchObject({ observation: 0, observation_revision: 0, indicator_target: 0 });
    expect(counts.indicator).toBeGreaterThan(0);
    expect(counts.reporting_city).toBe(13);
    expect(counts.framework_element).toBeGreaterThan(0);

    const demo = await open(indicatorsSubgraph, true);
    const withSample = await rowCounts(demo.db, ['indicator', 'observation', 'indicator_target']);
    expect(withSample.indicator).toBe(counts.indicator);
    expect(withSample.observation).toBeGreaterThan(0);
    expect(withSample.indicator_target).toBeGreaterThan(0);
  });

  it('loads the documented cases and leaves out the illustrative ones written for the demo', async () => {
    const reference = await open(casesSubgraph, false);
    const [documented] = await reference.db.query<{ n: number | string; illustrative: number | string }[]>(
      'SELECT COUNT(*) AS n, SUM(CASE WHEN illustrative THEN 1 ELSE 0 END) AS illustrative FROM best_practice_case',
    );
    expect(Number(documented.n)).toBeGreaterThan(0);
    expect(Number(documented.illustrative)).toBe(0);
    const demo = await open(casesSubgraph, true);
    const [all] = await demo.db.query<{ illustrative: number | string }[]>('SELECT SUM(CASE WHEN illustrative THEN 1 ELSE 0 END) AS illustrative FROM best_practice_case');
    expect(Number(all.illustrative)).toBeGreaterThan(0);
  });
});
