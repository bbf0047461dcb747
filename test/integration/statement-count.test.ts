import { SERVICE_NAMES } from '@ugf/runtime';
import { addGeneratedCities } from '../helpers/generated-cities';
import { startTestStack, type TestStack } from '../helpers/test-stack';

const ALL_CITIES = `{
  cities { id name population
    observations { nodes { period value status indicator { code name unit } } }
    cases { nodes { title year } }
  }
}`;

describe('SQL statements per request', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack();
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  async function measure(query = ALL_CITIES) {
    const before = await system.sqlStatements();
    const result = await system.query(query);
    const after = await system.sqlStatements();
    expect(result.errors).toBeUndefined();
    const perService = Object.fromEntries(SERVICE_NAMES.map((name) => [name, after[name] - before[name]]));
    return { data: result.data, cities: result.data?.cities as { observations: { nodes: unknown[] }; cases: { nodes: unknown[] } }[], perService };
  }

  const cityIds = async () => (await system.query<{ cities: { id: string }[] }>(`{ cities { id } }`)).data!.cities.map((city) => city.id);
  const ANALYTICS: Record<string, (ids: string[]) => string> = {
    ranking: () =>
      `{ ranking(includeSample: true, indicatorCode: "LEGAL_AID_CASES", period: "2024") { entries { rank score city { name perCapita(includeSample: true, indicatorCode: "LEGAL_AID_CASES", period: "2024") { valuePer100k } } } statistics { median } } }`,
    comparison: (ids) =>
      `{ comparison(includeSample: true, cityIds: ${JSON.stringify(ids)}, indicatorCodes: ["PM25_ANNUAL_MEAN", "HOTLINE_RESOLUTION_RATE", "LEGAL_AID_CASES"], periods: ["2023", "2024"]) { cities { name } cells { value score } } }`,
    series: () => `{ cities { series(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN") { trend points { value } } } }`,
    progress: () => `{ cities { progress(includeSample: true, period: "2024") { index coverage } } declarationIndex(includeSample: true, period: "2024") { entries { rank } } }`,
    breakdownRanking: () =>
      `{ ranking(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE", period: "2024", breakdown: [{ dimension: "SEX", code: "F" }]) { breakdown { label } entries { rank score city { name } } } }`,
    breakdownComparison: (ids) =>
      `{ comparison(includeSample: true, cityIds: ${JSON.stringify(ids)}, indicatorCodes: ["HOTLINE_SATISFACTION_RATE"], periods: ["2023", "2024"], breakdown: [{ dimension: "SEX", code: "M" }]) { cells { value score } } }`,
    breakdownSeries: () =>
      `{ cities { series(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE", breakdown: [{ dimension: "SEX", code: "F" }]) { points { value } } observations(indicatorCode: "HOTLINE_SATISFACTION_RATE", breakdown: [{ dimension: "SEX", code: "M" }]) { nodes { value } } } }`,
    rankRanges: () =>
      `{ ranking(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE", period: "2024") { entries { rank rankRange { best worst } statisticallyTied attributes { nature lowerBound upperBound footnotes } city { name } } } }`,
    comparisonAttributes: (ids) =>
      `{ comparison(includeSample: true, cityIds: ${JSON.stringify(ids)}, indicatorCodes: ["GHG_PER_CAPITA", "HOTLINE_SATISFACTION_RATE"], periods: ["2023", "2024"]) { cells { value attributes { nature lowerBound upperBound seriesBreak } } } }`,
    seriesAttributes: () => `{ cities { series(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE") { points { value attributes { seriesBreak seriesBreakReason footnotes } } } } }`,
    observationAttributes: () =>
      `{ cities { observations(indicatorCode: "GHG_PER_CAPITA", first: 6) { nodes { value attributes { nature lowerBound } revisions(last: 1) { attributes { nature } } } } } }`,
    breakdowns: () => `{ breakdowns(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE") { breakdown { code label } city { name } periods } }`,
    exchangeListing: () =>
      `{ observations(indicatorCodes: ["GOOD_AIR_QUALITY_DAYS_PCT"], periods: ["2023", "2024"], includeSample: true, first: 1000) { totalCount nodes { value unit status city { id } indicator { code } breakdown { dimension code } attributes { nature } citation { url } } } }`,
    // As-of answers read the revisions current at an instant: two statements for the values, whatever their number.
    rankingAsOf: () => `{ ranking(includeSample: true, indicatorCode: "LEGAL_AID_CASES", period: "2024", asOf: "${new Date().toISOString()}") { entries { rank value city { name } } } }`,
    comparisonAsOf: (ids) =>
      `{ comparison(includeSample: true, cityIds: ${JSON.stringify(ids)}, indicatorCodes: ["PM25_ANNUAL_MEAN", "LEGAL_AID_CASES"], periods: ["2023", "2024"], asOf: "${new Date().toISOString()}") { cells { value score } } }`,
    seriesAsOf: () => `{ cities { series(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN", asOf: "${new Date().toISOString()}") { trend points { value } } } }`,
    peers: () => `{ cities { peers { name } peerComparison(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN", period: "2024") { percentile bestPeer { name } } } }`,
  };

  it('does not grow with the number of cities: the same count for 13 and for 100 cities with all their observations and cases, and for every analytics query', async () => {
    const thirteen = await measure();
    expect(thirteen.cities).toHaveLength(13);
    const analyticsAt13: Record<string, unknown> = {};
    const sizeAt13: Record<string, number> = {};
    for (const [name, query] of Object.entries(ANALYTICS)) {
      const measured = await measure(query(await cityIds()));
      analyticsAt13[name] = measured.perService;
      sizeAt13[name] = JSON.stringify(measured.data).length;
    }

    await addGeneratedCities(system.databases, 87);
    const analyticsAt100: Record<string, unknown> = {};
    for (const [name, query] of Object.entries(ANALYTICS)) {
      const measured = await measure(query(await cityIds()));
      analyticsAt100[name] = measured.perService;
      // The answers really cover the 87 new cities: each response is several times larger.
      expect(JSON.stringify(measured.data).length).toBeGreaterThan(3 * sizeAt13[name]);
    }
    expect(analyticsAt100).toEqual(analyticsAt13);
    const hundred = await measure();
    expect(hundred.cities).toHaveLength(100);
    expect(hundred.cities.every((city) => city.observations.nodes.length > 0 && city.cases.nodes.length > 0)).toBe(true);

    expect(hundred.perService).toEqual(thirteen.perService);
    // One query per entity type: the city list; observations of all cities, then their indicators; cases.
    expect(thirteen.perService).toEqual({ cities: 1, initiatives: 0, indicators: 2, cases: 1 });
  }, 120_000);

  it('reads a page of the change feed in one statement for the revisions, and counts the whole feed only when totalCount is asked for', async () => {
    const page = (fields: string) => measure(`{ changes(includeSample: true, first: 50) { ${fields} } }`);
    const withoutTotal = await page('pageInfo { hasNextPage endCursor } nodes { id kind observation { period } }');
    const withTotal = await page('totalCount pageInfo { hasNextPage endCursor } nodes { id kind observation { period } }');
    const feed = (measured: Awaited<ReturnType<typeof measure>>) => (measured.data as { changes: { nodes: unknown[]; pageInfo: { hasNextPage: boolean }; totalCount?: number } }).changes;
    expect(feed(withoutTotal).nodes).toHaveLength(50);
    expect(feed(withoutTotal).pageInfo.hasNextPage).toBe(true);
    expect(feed(withTotal).totalCount).toBeGreaterThan(50);
    expect(withTotal.perService.indicators - withoutTotal.perService.indicators).toBe(1);
    // The revisions of the page, the revisions before them (when one of them is not the first), their observations.
    expect(withoutTotal.perService.indicators).toBeLessThanOrEqual(3);
  });
});
