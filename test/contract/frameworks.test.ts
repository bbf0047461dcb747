import fs from 'node:fs';
import path from 'node:path';
import { indicatorsSubgraph } from '@ugf/indicators';
import { repoRoot } from '@ugf/runtime';
import { openSubgraph, pendingSchemaChanges, type SubgraphHarness } from '../helpers/subgraph-harness';

const seed = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(repoRoot, 'seeds', file), 'utf8')) as T;

describe('framework crosswalk', () => {
  let subgraph: SubgraphHarness;
  const run = async <T = Record<string, unknown>>(query: string) => {
    const result = await subgraph.execute<T>(query);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  type Indicators = { indicators: { code: string }[] };
  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('lists the declaration, the conference tasks, SDG 11 targets and ISO 37120 themes with their elements', async () => {
    const { frameworks } = await run<{ frameworks: { id: string; elements: unknown[] }[] }>(`{ frameworks { id elements { id code title } } }`);
    expect(Object.fromEntries(frameworks.map((framework) => [framework.id, framework.elements.length]))).toEqual({
      DECLARATION: 10,
      CCWC_2025: 7,
      SDG_11: 10,
      ISO_37120: 6,
    });
  });

  it('maps a conference task to the indicators of the initiatives aligned with it', async () => {
    const initiatives = seed<{ id: string; conferenceTasks: number[] }[]>('initiatives.json');
    const indicators = seed<{ code: string; initiativeId: string }[]>('indicators.json');
    const aligned = new Set(initiatives.filter((initiative) => initiative.conferenceTasks.includes(5)).map((initiative) => initiative.id));
    const expected = indicators
      .filter((indicator) => aligned.has(indicator.initiativeId))
      .map((indicator) => indicator.code)
      .sort();
    const { frameworkElement } = await run<{ frameworkElement: Indicators }>(`{ frameworkElement(id: "CCWC_2025:5") { title indicators { code } } }`);
    expect(frameworkElement.indicators.map((indicator) => indicator.code)).toEqual(expected);
    const { sdg } = await run<{ sdg: Indicators }>(`{ sdg: frameworkElement(id: "SDG_11:11.5") { indicators { code } } }`);
    expect(sdg.indicators.map((indicator) => indicator.code)).toEqual(['DISASTER_DEATHS_PER_100K', 'DISASTER_ECONOMIC_LOSS_PCT_GDP']);
  });

  it("ranks every city's progress on a framework element, as for an initiative", async () => {
    const { frameworkProgress } = await run<{ frameworkProgress: { meanScore: number; cities: { score: number }[] } }>(
      `{ frameworkProgress(includeSample: true, elementId: "CCWC_2025:5", period: "2024") { element { id } meanScore cities { rank score coverage city { id } } } }`,
    );
    expect(frameworkProgress.cities).toHaveLength(13);
    const scores = frameworkProgress.cities.map((city) => city.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(frameworkProgress.meanScore).toBeCloseTo(scores.reduce((sum, score) => sum + score, 0) / scores.length, 10);
    expect((await run(`{ frameworkProgress(includeSample: true, elementId: "NOPE:1", period: "2024") { period } }`)).frameworkProgress).toBeNull();
  });

  it('compares the indicators of a framework element, and wants exactly one of indicatorCodes or frameworkElementId', async () => {
    const { frameworkElement } = await run<{ frameworkElement: Indicators }>(`{ frameworkElement(id: "ISO_37120:health") { indicators { code } } }`);
    const { comparison } = await run<{ comparison: Indicators & { cells: unknown[] } }>(
      `{ comparison(includeSample: true, cityIds: ["beijing", "haikou"], frameworkElementId: "ISO_37120:health", periods: ["2023", "2024"]) { indicators { code } cells { value } } }`,
    );
    expect(comparison.indicators).toEqual(frameworkElement.indicators);
    expect(comparison.cells).toHaveLength(2 * frameworkElement.indicators.length * 2);
    const both = await subgraph.execute(
      `{ comparison(includeSample: true, cityIds: ["beijing"], indicatorCodes: ["PM25_ANNUAL_MEAN"], frameworkElementId: "ISO_37120:health", periods: ["2024"]) { periods } }`,
    );
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('has migrations that match the entities exactly', async () => {
    expect(await pendingSchemaChanges(subgraph.db)).toEqual([]);
  });
});
