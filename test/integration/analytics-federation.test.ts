import { expect } from '@jest/globals';
import JSONstat from 'jsonstat-toolkit';
import { startTestStack, type TestStack } from '../helpers/test-stack';

interface Cells<C> {
  comparison: { cells: C[] };
}

describe('analytics that need two subgraphs', () => {
  let system: TestStack;
  const run = async <T>(query: string) => {
    const result = await system.query<T>(query);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  beforeAll(async () => {
    system = await startTestStack();
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  it('computes per-capita counts in indicators from the population cities holds (@requires)', async () => {
    const { city } = await run<{
      city: { population: number; perCapita: { value: number; population: number; valuePer100k: number; unit: string }; notACount: { value: number } | null };
    }>(`{ city(id: "shenzhen") { population
      perCapita(includeSample: true, indicatorCode: "LEGAL_AID_CASES", period: "2024") { value population valuePer100k unit }
      notACount: perCapita(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN", period: "2024") { value } } }`);
    expect(city.perCapita.population).toBe(city.population);
    expect(city.perCapita.valuePer100k).toBeCloseTo((city.perCapita.value / 17560061) * 100000, 9);
    expect(city.perCapita.unit).toMatch(/per 100,000 residents$/);
    expect(city.notACount).toBeNull();
  });

  it('ranks all cities with their names and per-capita values in one request', async () => {
    const { ranking } = await run<{
      ranking: { entries: { city: { perCapita: { valuePer100k: number } } }[] };
    }>(`{ ranking(includeSample: true, indicatorCode: "CITIZEN_PROPOSALS_ADOPTED", period: "2024") {
      entries { rank value city { name perCapita(includeSample: true, indicatorCode: "CITIZEN_PROPOSALS_ADOPTED", period: "2024") { valuePer100k } } } missing { id } } }`);
    expect(ranking.entries).toHaveLength(13);
    for (const entry of ranking.entries) expect(entry.city.perCapita.valuePer100k).toBeGreaterThan(0);
  });

  it('compares a city with its peers (peer ids from cities via @requires), matching the values compared by hand', async () => {
    const { city } = await run<{
      city: {
        peers: { id: string }[];
        peerComparison: { value: number; peersWithData: number; peerMedian: number; percentile: number; bestPeer: { id: string; name: string }; bestPeerValue: number };
      };
    }>(`{ city(id: "chengdu") { peers { id }
      peerComparison(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN", period: "2024") { value peersWithData peerMedian percentile bestPeer { id name } bestPeerValue } } }`);
    const ids = [...city.peers.map((peer) => peer.id), 'chengdu'];
    const { comparison } = await run<Cells<{ cityId: string; value: number }>>(
      `{ comparison(includeSample: true, cityIds: ${JSON.stringify(ids)}, indicatorCodes: ["PM25_ANNUAL_MEAN"], periods: ["2024"]) { cells { cityId value } } }`,
    );
    const valueOf = new Map(comparison.cells.map((cell) => [cell.cityId, cell.value]));
    const peerValues = city.peers.map((peer) => valueOf.get(peer.id) as number).sort((a, b) => a - b);
    const own = valueOf.get('chengdu') as number;
    const middle = (peerValues.length - 1) / 2;
    const median = (peerValues[Math.floor(middle)] + peerValues[Math.ceil(middle)]) / 2;
    // PM2.5: lower is better, so the city beats every peer with a higher value.
    const beaten = peerValues.filter((value) => value > own).length + peerValues.filter((value) => value === own).length / 2;
    expect(city.peerComparison).toMatchObject({ value: own, peersWithData: peerValues.length, bestPeerValue: peerValues[0] });
    expect(city.peerComparison.peerMedian).toBeCloseTo(median, 9);
    expect(city.peerComparison.percentile).toBeCloseTo((100 * beaten) / peerValues.length, 9);
    expect(valueOf.get(city.peerComparison.bestPeer.id)).toBe(peerValues[0]);
    expect(city.peerComparison.bestPeer.name).toEqual(expect.any(String));
  });

  it('answers the declaration index, initiative progress and a series in one dashboard query', async () => {
    const data = await run<{
      declarationIndex: { entries: unknown[] };
      initiative: { progress: { cities: unknown[] } };
      city: { series: { points: unknown[] }; progress: { coverage: number } };
    }>(`{
      declarationIndex(includeSample: true, period: "2024") { entries { rank index coverage city { name } } }
      initiative(id: "4") { title progress(includeSample: true, period: "2024") { meanScore cities { score city { name } } } }
      city(id: "beijing") { series(includeSample: true, indicatorCode: "HOTLINE_RESOLUTION_RATE") { trend points { period value } } progress(includeSample: true, period: "2024") { index coverage } }
    }`);
    expect(data.declarationIndex.entries).toHaveLength(13);
    expect(data.initiative.progress.cities).toHaveLength(13);
    expect(data.city.series.points.length).toBeGreaterThanOrEqual(6);
    expect(data.city.progress.coverage).toBe(1);
  });

  it("measures a case's impact against the peers' change over the same years (year, city, peers and indicators via @requires)", async () => {
    const { case: item } = await run<{
      case: {
        year: number;
        city: { peers: { id: string }[] };
        indicators: { code: string }[];
        impact: { indicator: { code: string }; change: number; peerMedianChange: number }[];
      };
    }>(`{ case(id: "beijing-respond-immediately-to-complaints") { year city { id peers { id } } indicators { code }
      impact(includeSample: true) { indicator { code } fromPeriod toPeriod valueAtStart valueLatest change peerMedianChange peersWithData betterThanPeers } } }`);
    const peers = item.city.peers.map((peer) => peer.id);
    const codes = item.indicators.map((indicator) => indicator.code);
    const { comparison } = await run<Cells<{ cityId: string; indicatorCode: string; period: string; value: number }>>(
      `{ comparison(includeSample: true, cityIds: ${JSON.stringify(['beijing', ...peers])}, indicatorCodes: ${JSON.stringify(codes)}, periods: ["${item.year}", "2024"]) { cells { cityId indicatorCode period value } } }`,
    );
    const value = (city: string, code: string, period: string) => comparison.cells.find((cell) => cell.cityId === city && cell.indicatorCode === code && cell.period === period)!.value;
    expect(item.impact).toHaveLength(codes.length);
    for (const impact of item.impact) {
      const code = impact.indicator.code;
      const changes = peers.map((peer) => value(peer, code, '2024') - value(peer, code, String(item.year))).sort((a, b) => a - b);
      const middle = (changes.length - 1) / 2;
      expect(impact).toMatchObject({
        fromPeriod: String(item.year),
        toPeriod: '2024',
        valueAtStart: value('beijing', code, String(item.year)),
        valueLatest: value('beijing', code, '2024'),
        peersWithData: peers.length,
      });
      expect(impact.change).toBeCloseTo(value('beijing', code, '2024') - value('beijing', code, String(item.year)), 9);
      expect(impact.peerMedianChange).toBeCloseTo((changes[Math.floor(middle)] + changes[Math.ceil(middle)]) / 2, 9);
    }
  });

  it('gives the comparison in the compact JSON-stat form with the same values, scores and statuses as its cells', async () => {
    const cityIds = ['beijing', 'chengdu', 'haikou', 'xiongan'];
    const indicatorCodes = ['PM25_ANNUAL_MEAN', 'HOTLINE_RESOLUTION_RATE', 'LEGAL_AID_CASES'];
    const periods = ['1990', '2023', '2024'];
    type Cell = { cityId: string; indicatorCode: string; period: string; value: number | null; score: number | null; status: string | null; missing: boolean };
    type Matrix = { id: string[]; size: number[]; value: (number | null)[]; score: (number | null)[]; status: (string | null)[] };
    const { comparison } = await run<{ comparison: { cells: Cell[]; matrix: Matrix } }>(
      `{ comparison(includeSample: true, cityIds: ${JSON.stringify(cityIds)}, indicatorCodes: ${JSON.stringify(indicatorCodes)}, periods: ${JSON.stringify(periods)}) {
        cells { cityId indicatorCode period value score status missing } matrix { id size value score status } } }`,
    );
    const { cells, matrix } = comparison;
    expect(matrix.id).toEqual(['city', 'indicator', 'period']);
    expect(matrix.size).toEqual([cityIds.length, indicatorCodes.length, periods.length]);
    expect(cells.some((cell) => cell.missing)).toBe(true);
    expect(cells.some((cell) => !cell.missing)).toBe(true);
    for (const form of [matrix.value, matrix.score, matrix.status]) expect(form).toHaveLength(cells.length);
    cityIds.forEach((cityId, c) =>
      indicatorCodes.forEach((indicatorCode, i) =>
        periods.forEach((period, p) => {
          const at = (c * indicatorCodes.length + i) * periods.length + p;
          const cell = cells.find((candidate) => candidate.cityId === cityId && candidate.indicatorCode === indicatorCode && candidate.period === period)!;
          expect({ value: matrix.value[at], score: matrix.score[at], status: matrix.status[at], missing: matrix.value[at] === null }).toEqual({
            value: cell.value,
            score: cell.score,
            status: cell.status,
            missing: cell.missing,
          });
        }),
      ),
    );
  });

  it('exports a ranking, a comparison and a series as CSV with unit, status, source, sample flag, rank range, attribute and citation columns', async () => {
    const get = (path: string) => fetch(`${system.stack.gatewayUrl}${path}`);
    const ranking = await get('export/ranking.csv?indicatorCode=HOTLINE_RESOLUTION_RATE&period=2024&cityIds=shenzhen,beijing&includeSample=true');
    expect(ranking.status).toBe(200);
    expect(ranking.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(ranking.headers.get('x-includes-sample')).toBe('true');
    expect(ranking.headers.get('content-disposition')).toContain('ranking-with-sample-values.csv');
    const lines = (await ranking.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'rank,rank_best,rank_worst,statistically_tied,city_id,city_name,indicator_code,indicator_name,period,value,unit,status,score,source,sample,nature,lower_bound,upper_bound,series_break,series_break_reason,footnotes,citation_publisher,citation_title,citation_url,citation_published_on,citation_quote,citation_derivation',
    );
    expect(lines).toHaveLength(3);
    // Values without bounds: the rank range is the rank itself.
    expect(lines[1]).toMatch(/^1,1,1,(true|false),(shenzhen|beijing),(Shenzhen|Beijing),HOTLINE_RESOLUTION_RATE,.*,%,(VERIFIED|PROVISIONAL),100,SYNTHETIC SAMPLE DATA[^,]*,true,,,,false,,,,,,,,$/);
    expect((await get('export/ranking.csv?indicatorCode=HOTLINE_RESOLUTION_RATE&period=2024&cityIds=atlantis')).status).toBe(400);

    const comparison = await (await get('export/comparison.csv?cityIds=chengdu,haikou&indicatorCodes=PM25_ANNUAL_MEAN&periods=2023,2024&includeSample=true')).text();
    expect(comparison.trim().split(/\r?\n/)).toHaveLength(5);
    expect(comparison).toContain('µg/m³');
    const series = await (await get('export/series.csv?cityId=hangzhou&indicatorCode=WASTE_RECYCLED_PCT&includeSample=true')).text();
    expect(series).toMatch(/SYNTHETIC SAMPLE DATA/);

    // Without includeSample the export counts no sample value, and says so in its header and file name.
    const published = await get('export/ranking.csv?indicatorCode=HOTLINE_RESOLUTION_RATE&period=2024&cityIds=shenzhen,beijing');
    expect(published.headers.get('x-includes-sample')).toBe('false');
    expect(published.headers.get('content-disposition')).toBe('attachment; filename=ranking.csv');
    const publishedLines = (await published.text()).trim().split(/\r?\n/).slice(1);
    expect(publishedLines.map((line) => line.split(',').slice(4, 6).concat(line.split(',')[11]))).toEqual([
      ['beijing', 'Beijing', 'MISSING'],
      ['shenzhen', 'Shenzhen', 'MISSING'],
    ]);
    expect(await (await get('export/series.csv?cityId=hangzhou&indicatorCode=WASTE_RECYCLED_PCT')).text()).not.toMatch(/SYNTHETIC SAMPLE DATA/);
    const unclear = await get('export/ranking.csv?indicatorCode=HOTLINE_RESOLUTION_RATE&period=2024&includeSample=yes');
    expect(unclear.status).toBe(400);
    expect(await unclear.json()).toEqual({ errors: [{ message: 'The query parameter "includeSample" must be true or false.', extensions: { code: 'BAD_USER_INPUT' } }] });

    expect((await get('export/ranking.csv?period=2024')).status).toBe(400);
    expect((await get('export/ranking.csv?indicatorCode=X&period=last')).status).toBe(400);
    expect((await get('export/nothing.csv')).status).toBe(404);
  });

  it('exports a comparison as JSON-stat 2.0 that jsonstat-toolkit reads back value for value, with English or Chinese labels and the breakdown as a dimension', async () => {
    const where = 'cityIds=beijing,haikou,chengdu&indicatorCodes=PM25_ANNUAL_MEAN,HOTLINE_SATISFACTION_RATE,GHG_PER_CAPITA&periods=2010,2023,2024';
    const get = (query: string) => fetch(`${system.stack.gatewayUrl}export/comparison.json?${query}`);
    const readBack = async (response: Response) => JSONstat((await response.json()) as object);
    const comparisonOf = async (breakdown: string) =>
      (
        await run<{ comparison: { cells: { cityId: string; indicatorCode: string; period: string; value: number | null; status: string | null; sample: boolean | null; missing: boolean }[] } }>(
          `{ comparison(includeSample: true, cityIds: ["beijing", "haikou", "chengdu"], indicatorCodes: ["PM25_ANNUAL_MEAN", "HOTLINE_SATISFACTION_RATE", "GHG_PER_CAPITA"], periods: ["2010", "2023", "2024"]${breakdown}) { cells { cityId indicatorCode period value status sample missing } } }`,
        )
      ).comparison.cells;
    const { cities, indicators } = await run<{ cities: { id: string; name: string; nameZh: string }[]; indicators: { code: string; name: string; nameZh: string; unit: string }[] }>(
      '{ cities { id name nameZh } indicators { code name nameZh unit } }',
    );

    const response = await get(`${where}&includeSample=true`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('x-includes-sample')).toBe('true');
    expect(response.headers.get('content-disposition')).toContain('comparison-with-sample-values.json');
    const dataset = await readBack(response);
    expect(dataset.class).toBe('dataset');
    expect(dataset.id).toEqual(['city', 'indicator', 'period']);
    expect(dataset.size).toEqual([3, 3, 3]);
    expect(dataset.role).toMatchObject({ geo: ['city'], time: ['period'], metric: ['indicator'] });
    const cells = await comparisonOf('');
    expect(cells.some((cell) => cell.missing)).toBe(true);
    expect(cells.some((cell) => !cell.missing)).toBe(true);
    const sampleFlags = dataset.extension!.sample as boolean[];
    cells.forEach((cell) => {
      const read = dataset.Data({ city: cell.cityId, indicator: cell.indicatorCode, period: cell.period });
      expect(read).toEqual({ value: cell.missing ? null : cell.value, status: cell.missing ? 'MISSING' : cell.status });
    });
    // The sample flags follow the value array's order: the same as the cells' here (city, indicator, period).
    expect(sampleFlags).toEqual(cells.map((cell) => cell.sample === true));
    for (const city of cities.filter((candidate) => ['beijing', 'haikou', 'chengdu'].includes(candidate.id))) expect(dataset.Dimension('city')!.Category(city.id)!.label).toBe(city.name);
    const ghg = indicators.find((indicator) => indicator.code === 'GHG_PER_CAPITA')!;
    expect(dataset.Dimension('indicator')!.Category('GHG_PER_CAPITA')).toMatchObject({ label: ghg.name, unit: { label: ghg.unit } });

    const chinese = await readBack(await get(`${where}&includeSample=true&lang=zh`));
    expect(chinese.Dimension('city')!.label).toBe('城市');
    expect(chinese.Dimension('city')!.Category('haikou')!.label).toBe(cities.find((city) => city.id === 'haikou')!.nameZh);
    expect(chinese.Dimension('indicator')!.Category('GHG_PER_CAPITA')!.label).toBe(ghg.nameZh);

    // A breakdown is one more dimension, of the one category asked for, labelled in the language asked for.
    const female = await readBack(await get('cityIds=beijing,haikou,chengdu&indicatorCodes=HOTLINE_SATISFACTION_RATE&periods=2023,2024&includeSample=true&breakdown=SEX:F&lang=zh'));
    expect(female.id).toEqual(['city', 'indicator', 'period', 'SEX']);
    expect(female.Dimension('SEX')!.Category('F')!.label).toBe('女');
    const byFemale = (
      await run<{ comparison: { cells: { cityId: string; period: string; value: number | null }[] } }>(
        '{ comparison(includeSample: true, cityIds: ["beijing", "haikou", "chengdu"], indicatorCodes: ["HOTLINE_SATISFACTION_RATE"], periods: ["2023", "2024"], breakdown: [{ dimension: "SEX", code: "F" }]) { cells { cityId period value } } }',
      )
    ).comparison.cells;
    expect(byFemale.some((cell) => cell.value !== null)).toBe(true);
    for (const cell of byFemale) expect(female.Data({ city: cell.cityId, indicator: 'HOTLINE_SATISFACTION_RATE', period: cell.period, SEX: 'F' })!.value).toBe(cell.value);

    // Without includeSample the sample values are left out, as everywhere, and the dataset says so.
    const published = await get(where);
    expect(published.headers.get('x-includes-sample')).toBe('false');
    const publishedSet = await readBack(published);
    expect(publishedSet.extension!.includesSample).toBe(false);
    expect(publishedSet.note![0]).toMatch(/Sample values left out/);

    for (const [query, message] of [
      [`${where}&lang=fr`, 'The query parameter "lang" must be en or zh.'],
      [`${where}&breakdown=SEX`, 'The query parameter "breakdown" takes DIMENSION:CODE pairs separated by commas; got "SEX".'],
    ]) {
      const refused = await get(query);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
    }
    const unknown = await get('cityIds=atlantis&indicatorCodes=PM25_ANNUAL_MEAN&periods=2024');
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await get('cityIds=beijing&indicatorCodes=PM25_ANNUAL_MEAN&periods=2024&breakdown=SEX:Q')).status).toBe(400);
    expect((await get('nothing')).status).toBe(400);
    expect((await fetch(`${system.stack.gatewayUrl}export/ranking.json`)).status).toBe(404);
  });
});
