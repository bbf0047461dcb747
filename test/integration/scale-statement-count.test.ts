import { SERVICE_NAMES } from '@ugf/runtime';
import { dataShapeOf, readWorkloads } from '../bench/harness/workloads';
import { loadScaleData } from '../bench/scale/load-scale-data';
import { DEFAULT_SCALE, type ScaleOptions } from '../bench/scale/scale-options';
import { startTestStack, type TestStack } from '../helpers/test-stack';

const at = (cities: number): ScaleOptions => ({ ...DEFAULT_SCALE, cities, indicators: 45, years: 6, casesPerCity: 1 });

describe('SQL statements per request on the scale generator’s data (the benchmark workloads)', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack();
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  async function measureAll(options: ScaleOptions) {
    const counts: Record<string, Record<string, number>> = {};
    const sizes: Record<string, number> = {};
    for (const workload of readWorkloads(dataShapeOf(options), true)) {
      const before = await system.sqlStatements();
      const result = await system.query(workload.query, workload.variables);
      const after = await system.sqlStatements();
      expect(result.errors).toBeUndefined();
      counts[workload.id] = Object.fromEntries(SERVICE_NAMES.map((name) => [name, after[name] - before[name]]));
      sizes[workload.id] = JSON.stringify(result.data).length;
    }
    const female = [{ dimension: 'SEX', code: 'F' }];
    const byBreakdown: Record<string, [string, Record<string, unknown>]> = {
      breakdownRanking: [
        `query ($b: [DimensionCodeInput!]) { ranking(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE", period: "${options.lastYear}", breakdown: $b) { breakdown { label } entries { rank value city { name } } } }`,
        { b: female },
      ],
      breakdownComparison: [
        `query ($b: [DimensionCodeInput!], $c: [ID!]!) { comparison(includeSample: true, cityIds: $c, indicatorCodes: ["HOTLINE_SATISFACTION_RATE"], periods: ["${options.lastYear}"], breakdown: $b) { cells { value score } } }`,
        { b: female, c: dataShapeOf(options).cityIds },
      ],
      breakdowns: [`{ breakdowns(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE") { breakdown { code label } city { name } periods } }`, {}],
    };
    for (const [id, [query, variables]] of Object.entries(byBreakdown)) {
      const before = await system.sqlStatements();
      const result = await system.query(query, variables);
      const after = await system.sqlStatements();
      expect(result.errors).toBeUndefined();
      counts[id] = Object.fromEntries(SERVICE_NAMES.map((name) => [name, after[name] - before[name]]));
      sizes[id] = JSON.stringify(result.data).length;
    }
    return { counts, sizes };
  }

  it('is the same for W1–W5 (W3 also in its compact form) and the breakdown queries with 13 cities and with 60, while the answers grow with the cities', async () => {
    const target = { databaseUrls: system.databases.urls, dataDir: system.databases.dataDir };
    await loadScaleData(at(13), target);
    const small = await measureAll(at(13));

    const report = await loadScaleData(at(60), target);
    expect(report.cities).toBe(60);
    const large = await measureAll(at(60));

    expect(large.counts).toEqual(small.counts);
    for (const id of ['W2', 'W3', 'W3c', 'W4', 'breakdownRanking', 'breakdownComparison', 'breakdowns']) expect(large.sizes[id]).toBeGreaterThan(3 * small.sizes[id]);
  }, 300_000);
});
