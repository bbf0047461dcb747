/// <reference lib="dom" />
// Value attributes on the Indicator and City pages (intervals, natures, rank ranges, notes, series breaks, citations),
// in English and Chinese, against the API's answers for the same selection.
import { Role } from '@ugf/runtime';
import type { Browser, Page } from 'playwright-core';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';
import { launchBrowser, screenshot, settled, watchedPage, type WatchedPage } from './browser';

interface Attributes {
  nature: string | null;
  lowerBound: number | null;
  upperBound: number | null;
  seriesBreak: boolean;
  seriesBreakReason: string | null;
  footnotes: string[];
}
const ATTRIBUTES = 'attributes { nature lowerBound upperBound seriesBreak seriesBreakReason footnotes }';

const RANKING = gql<{ ranking: { entries: { rank: number; value: number; rankRange: { best: number; worst: number }; statisticallyTied: boolean; city: { id: string }; attributes: Attributes }[] } }>(
  `query ($code: ID!, $period: Period!) { ranking(includeSample: true, indicatorCode: $code, period: $period) { entries { rank value rankRange { best worst } statisticallyTied city { id } ${ATTRIBUTES} } } }`,
);
const SERIES = gql<{ city: { series: { points: { period: string; attributes: Attributes }[] } } }>(
  `query ($id: ID!, $code: ID!) { city(id: $id) { series(includeSample: true, indicatorCode: $code) { points { period ${ATTRIBUTES} } } } }`,
);
const INITIATIVE = gql<{ indicator: { initiative: { id: string } } }>('query ($code: ID!) { indicator(code: $code) { initiative { id } } }');

const format = (lang: 'en' | 'zh') => (value: number) => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);

describe('value attributes in the dashboard', () => {
  let system: TestStack;
  let browser: Browser;
  let base: string;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startTestStack({ RATE_LIMIT_READS_PER_MINUTE: '100000' }), launchBrowser()]);
    base = new URL('/dashboard/', system.stack.gatewayUrl).toString();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  }, 60_000);
  beforeEach(async () => {
    watched = await watchedPage(browser);
    page = watched.page;
  });
  afterEach(() => watched.close());

  const open = async (where: string) => {
    await page.goto(`${base}${where}`);
    await settled(page);
  };
  const ranking = async (code: string, period: string) => (await system.query(RANKING, { code, period })).data!.ranking.entries;
  const text = async (selector: string) => ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();

  it("shows each city's interval, nature, rank range and ties on the Indicator page as the API gives them, with the notes, in English and Chinese", async () => {
    const entries = await ranking('HOTLINE_SATISFACTION_RATE', '2022');
    expect(entries.length).toBeGreaterThan(1);
    // The sample data has an interval on every value, and intervals that overlap.
    expect(entries.every((entry) => entry.attributes.lowerBound !== null && entry.attributes.upperBound !== null)).toBe(true);
    expect(entries.some((entry) => entry.rankRange.best !== entry.rankRange.worst)).toBe(true);
    const sharedRank = (entry: (typeof entries)[number]) => entries.filter((other) => other.rank === entry.rank).length > 1;

    for (const lang of ['en', 'zh'] as const) {
      await open(`indicator?code=HOTLINE_SATISFACTION_RATE&period=2022${lang === 'zh' ? '&lang=zh' : ''}`);
      const number = format(lang);
      for (const entry of entries) {
        const row = `[data-testid=ranking-table] tr[data-row-key="${entry.city.id}"]`;
        const interval = page.locator(`${row} .value-interval`);
        expect(Number(await interval.getAttribute('data-lower'))).toBe(entry.attributes.lowerBound);
        expect(Number(await interval.getAttribute('data-upper'))).toBe(entry.attributes.upperBound);
        expect(await text(`${row} [data-city]`)).toContain(`${number(entry.value)} (${number(entry.attributes.lowerBound!)}–${number(entry.attributes.upperBound!)})`);

        const rank = page.locator(`${row} [data-rank]`);
        expect(Number(await rank.getAttribute('data-rank'))).toBe(entry.rank);
        expect(Number(await rank.getAttribute('data-rank-best'))).toBe(entry.rankRange.best);
        expect(Number(await rank.getAttribute('data-rank-worst'))).toBe(entry.rankRange.worst);
        const rankText = await text(`${row} [data-rank]`);
        expect(rankText.includes(`(${entry.rankRange.best}–${entry.rankRange.worst})`)).toBe(entry.rankRange.best !== entry.rankRange.worst);
        expect(rankText.includes(lang === 'zh' ? '统计上并列' : 'statistically tied')).toBe(entry.statisticallyTied && !sharedRank(entry));
        expect(await text(`${row} [data-nature]`)).toBe(lang === 'zh' ? '城市数据' : 'city data');

        // Every note of the value is listed under the table, under the number its mark gives.
        const notes = [...(entry.attributes.seriesBreak ? [entry.attributes.seriesBreakReason!] : []), ...entry.attributes.footnotes];
        const sup = page.locator(`${row} sup[data-notes]`);
        const marks = (await sup.count()) > 0 ? ((await sup.getAttribute('data-notes')) ?? '').split(',') : [];
        expect(marks).toHaveLength(notes.length);
        for (const [index, note] of notes.entries()) expect(await text(`[data-testid=ranking-notes] li[data-note="${marks[index]}"]`)).toContain(note);
      }
      const method = await text('main');
      expect(method).toContain(lang === 'zh' ? '统计上并列' : 'Statistically tied');
      expect(method).toContain('Rank ranges');
    }
    // Shenzhen's break in 2022, with its reason and footnote, is among the notes.
    const shenzhen = entries.find((entry) => entry.city.id === 'shenzhen')!;
    expect(shenzhen.attributes.seriesBreak).toBe(true);
    expect(await text('[data-testid=ranking-notes]')).toContain(`序列中断: ${shenzhen.attributes.seriesBreakReason}`);
    await screenshot(page, 'indicator-attributes-zh');
    expect(watched.errors).toEqual([]);
  });

  it("shows the series break of Shenzhen's hotline satisfaction on its City page with the reason and footnote, and none where the series does not break", async () => {
    const points = (await system.query(SERIES, { id: 'shenzhen', code: 'HOTLINE_SATISFACTION_RATE' })).data!.city.series.points;
    const breaks = points.filter((point) => point.attributes.seriesBreak);
    expect(breaks).toHaveLength(1);
    const [{ period, attributes }] = breaks;
    expect(attributes.footnotes.length).toBeGreaterThan(0);
    const initiative = (await system.query(INITIATIVE, { code: 'HOTLINE_SATISFACTION_RATE' })).data!.indicator.initiative.id;
    const card = '[data-testid=series-HOTLINE_SATISFACTION_RATE]';

    await open(`city?id=shenzhen&period=2024&initiative=${initiative}`);
    expect(await page.locator(`${card} [role=img]`).getAttribute('aria-label')).toContain(`Series break ${period}: ${attributes.seriesBreakReason}`);
    const notes = await text('[data-testid=series-notes-HOTLINE_SATISFACTION_RATE]');
    expect(notes).toContain(`Series break: ${attributes.seriesBreakReason}`);
    for (const footnote of attributes.footnotes) expect(notes).toContain(footnote);
    expect(await text(`${card} [data-legend=break]`)).toContain('series break');
    expect(await text(`${card} [data-legend=interval]`)).toContain('interval');
    await screenshot(page, 'city-series-break');

    await open(`city?id=shenzhen&period=2024&initiative=${initiative}&lang=zh`);
    expect(await page.locator(`${card} [role=img]`).getAttribute('aria-label')).toContain(`序列中断 ${period}: ${attributes.seriesBreakReason}`);
    expect(await text('[data-testid=series-notes-HOTLINE_SATISFACTION_RATE]')).toContain(`序列中断: ${attributes.seriesBreakReason}`);
    expect(await text(`${card} [data-legend=break]`)).toContain('序列中断');

    const beijing = (await system.query(SERIES, { id: 'beijing', code: 'HOTLINE_SATISFACTION_RATE' })).data!.city.series.points;
    expect(beijing.some((point) => point.attributes.seriesBreak || point.attributes.footnotes.length > 0)).toBe(false);
    await open(`city?id=beijing&period=2024&initiative=${initiative}`);
    expect(await page.locator(`${card} [data-legend=interval]`).count()).toBe(1);
    expect(await page.locator(`${card} [data-legend=break]`).count()).toBe(0);
    expect(await page.locator('[data-testid=series-notes-HOTLINE_SATISFACTION_RATE]').count()).toBe(0);
    expect(watched.errors).toEqual([]);
  });

  it('labels GHG_PER_CAPITA values estimated, with the legend, on the Indicator and City pages, in English and Chinese', async () => {
    const entries = await ranking('GHG_PER_CAPITA', '2024');
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.attributes.nature === 'E')).toBe(true);
    const initiative = (await system.query(INITIATIVE, { code: 'GHG_PER_CAPITA' })).data!.indicator.initiative.id;
    for (const lang of ['en', 'zh'] as const) {
      await open(`indicator?code=GHG_PER_CAPITA&period=2024${lang === 'zh' ? '&lang=zh' : ''}`);
      for (const entry of entries) expect(await text(`[data-testid=ranking-table] tr[data-row-key="${entry.city.id}"] [data-nature]`)).toBe(lang === 'zh' ? '估算值' : 'estimated');
      expect(await text('[data-testid=attribute-legend] [data-legend=estimate]')).toBe(lang === 'zh' ? '估算值或模型推算值' : 'estimated or modelled');
      if (lang === 'en') await screenshot(page, 'indicator-estimated');

      await open(`city?id=chengdu&period=2024&initiative=${initiative}${lang === 'zh' ? '&lang=zh' : ''}`);
      expect(await text('[data-testid=series-GHG_PER_CAPITA] [data-legend=estimate]')).toBe(lang === 'zh' ? '估算值或模型推算值' : 'estimated or modelled');
    }
    // An indicator whose values have no attributes has no legend, and its values' nature is not stated.
    const plain = await ranking('HOTLINE_RESOLUTION_RATE', '2024');
    expect(plain.every(({ attributes }) => attributes.nature === null && attributes.lowerBound === null && attributes.footnotes.length === 0)).toBe(true);
    await open('indicator?code=HOTLINE_RESOLUTION_RATE&period=2024');
    expect(await page.locator('[data-testid=attribute-legend]').count()).toBe(0);
    expect(await page.locator('[data-testid=ranking-table] [data-city]').count()).toBe(plain.length);
    expect(await page.locator('[data-testid=ranking-table] [data-nature]').count()).toBe(0);
    expect(watched.errors).toEqual([]);
  });

  it("links a published value in the Indicator page's ranking to the page it was read on, with the quoted sentence, and leaves a plain source as text", async () => {
    const admin = await system.token({ sub: 'e2e-admin', role: Role.ADMIN });
    const citation = {
      publisher: '北京市生态环境局',
      title: '2025年北京市空气质量 (test)',
      url: 'https://example.org/beijing-2025',
      publishedOn: '2026-01-04',
      quote: '细颗粒物(PM2.5)年均浓度为27.0微克/立方米',
    };
    const items = [
      { cityId: 'beijing', indicatorCode: 'PM25_ANNUAL_MEAN', period: '2025', value: 27, source: 'Municipal bulletin (test)', citation },
      { cityId: 'tianjin', indicatorCode: 'PM25_ANNUAL_MEAN', period: '2025', value: 38, source: 'Plain source (test)' },
    ];
    const submitted = await system.query(
      gql<{ submitObservations: { created: number } }>('mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created } }'),
      { input: { idempotencyKey: 'e2e-citation', items } },
      admin,
    );
    expect(submitted.data?.submitObservations.created).toBe(2);

    await open('indicator?code=PM25_ANNUAL_MEAN&period=2025');
    const link = page.locator('[data-testid=ranking-table] tr[data-row-key=beijing] [data-testid=citation-link]');
    await expect(link.getAttribute('href')).resolves.toBe(citation.url);
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    expect(await link.getAttribute('title')).toContain(citation.quote);
    expect(await link.textContent()).toBe(`${citation.publisher} · ${citation.title}`);
    expect(await page.locator('[data-testid=ranking-table] tr[data-row-key=tianjin] [data-testid=citation-link]').count()).toBe(0);
    expect(await text('[data-testid=ranking-table] tr[data-row-key=tianjin]')).toContain('Plain source (test)');
    // Submitted values are not samples: no sample tag, no sample legend.
    expect(await page.locator('[data-testid=ranking-table] [data-testid=sample-tag]').count()).toBe(0);
    expect(await page.locator('[data-testid=sample-legend]').count()).toBe(0);
    expect(watched.errors).toEqual([]);
  });

  it('marks every synthetic sample value of a ranking, in the table and the chart, with a legend, in English and Chinese', async () => {
    const entries = (
      await system.query(
        gql<{ ranking: { entries: { city: { id: string }; sample: boolean }[] } }>(
          '{ ranking(includeSample: true, indicatorCode: "HOTLINE_RESOLUTION_RATE", period: "2024") { entries { city { id } sample } } }',
        ),
      )
    ).data!.ranking.entries;
    const samples = entries.filter((entry) => entry.sample).map((entry) => entry.city.id);
    expect(samples.length).toBeGreaterThan(0);
    for (const lang of ['en', 'zh'] as const) {
      await open(`indicator?code=HOTLINE_RESOLUTION_RATE&period=2024${lang === 'zh' ? '&lang=zh' : ''}`);
      const tagged = await page
        .locator('[data-testid=ranking-table] tr[data-row-key]')
        .evaluateAll((rows) => rows.filter((row) => row.querySelector('[data-testid=sample-tag]')).map((row) => row.getAttribute('data-row-key')));
      expect(tagged.sort()).toEqual([...samples].sort());
      expect(await text('[data-testid=sample-legend]')).toContain(lang === 'zh' ? '并非该城市的统计数据' : 'not a statistic of the city');
    }
    expect(watched.errors).toEqual([]);
  });

  it('marks sample values on the Compare and City pages and says on the Overview that its figures count them, as the API does; with samples hidden, none', async () => {
    const cells = (
      await system.query(
        gql<{ comparison: { cells: { cityId: string; indicatorCode: string; period: string; sample: boolean | null }[] } }>(
          '{ comparison(includeSample: true, cityIds: ["beijing", "haikou"], indicatorCodes: ["PM25_ANNUAL_MEAN"], periods: ["2024"]) { cells { cityId indicatorCode period sample } } }',
        ),
      )
    ).data!.comparison.cells;
    const sampleCells = cells.filter((cell) => cell.sample).map((cell) => `${cell.cityId}|${cell.indicatorCode}|${cell.period}`);
    expect(sampleCells.length).toBeGreaterThan(0);
    const taggedCells = () =>
      page
        .locator('[data-testid=compare-table] [data-cell]')
        .evaluateAll((found) => found.filter((cell) => cell.querySelector('[data-testid=sample-tag]')).map((cell) => cell.getAttribute('data-cell')));
    await open('compare?cities=beijing,haikou&indicators=PM25_ANNUAL_MEAN&periods=2024');
    expect((await taggedCells()).sort()).toEqual(sampleCells.sort());
    expect(await text('[data-testid=sample-legend]')).toContain('not a statistic of the city');

    const initiative = (await system.query(INITIATIVE, { code: 'HOTLINE_SATISFACTION_RATE' })).data!.indicator.initiative.id;
    const points = (
      await system.query(
        gql<{ city: { series: { points: { sample: boolean }[] } } }>('{ city(id: "beijing") { series(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE") { points { sample } } } }'),
      )
    ).data!.city.series.points;
    expect(points.some((point) => point.sample)).toBe(true);
    const titleTag = '[data-testid=series-HOTLINE_SATISFACTION_RATE] h3 [data-testid=sample-tag]';
    await open(`city?id=beijing&period=2024&initiative=${initiative}`);
    expect(await page.locator(titleTag).count()).toBe(1);

    const index = gql<{ declarationIndex: { includesSample: boolean } }>('query ($includeSample: Boolean!) { declarationIndex(period: "2024", includeSample: $includeSample) { includesSample } }');
    expect((await system.query(index, { includeSample: true })).data!.declarationIndex.includesSample).toBe(true);
    await open('');
    expect(await text('[data-testid=sample-counted]')).toContain('they are not statistics of the cities');
    await open('?lang=zh');
    expect(await text('[data-testid=sample-counted]')).toContain('并非各城市的统计数据');

    expect((await system.query(index, { includeSample: false })).data!.declarationIndex.includesSample).toBe(false);
    await open('?samples=hidden');
    expect(await page.locator('[data-testid=sample-counted]').count()).toBe(0);
    await open('compare?cities=beijing,haikou&indicators=PM25_ANNUAL_MEAN&periods=2024&samples=hidden');
    expect(await page.locator('[data-testid=compare-table] [data-testid=sample-tag]').count()).toBe(0);
    expect(await page.locator('[data-testid=sample-legend]').count()).toBe(0);
    await open(`city?id=beijing&period=2024&initiative=${initiative}&samples=hidden`);
    expect(await page.locator(titleTag).count()).toBe(0);
    expect(watched.errors).toEqual([]);
  });

  it("hides the sample values with the header's switch: every page then counts submitted values only, says so, keeps the choice, and downloads the same", async () => {
    const admin = await system.token({ sub: 'e2e-admin', role: Role.ADMIN });
    const submitted = await system.query(
      gql<{ submitObservations: { corrected: number } }>('mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { corrected } }'),
      {
        input: {
          idempotencyKey: 'e2e-sample-switch',
          items: [{ cityId: 'haikou', indicatorCode: 'PM25_ANNUAL_MEAN', period: '2024', value: 12, source: 'Municipal bulletin (test)', note: 'Replaces the sample' }],
        },
      },
      admin,
    );
    expect(submitted.data?.submitObservations.corrected).toBe(1);
    const counted = async (includeSample: boolean) =>
      (
        await system.query(
          gql<{ ranking: { entries: { city: { id: string } }[] } }>(
            'query ($includeSample: Boolean!) { ranking(indicatorCode: "PM25_ANNUAL_MEAN", period: "2024", includeSample: $includeSample) { entries { city { id } } } }',
          ),
          {
            includeSample,
          },
        )
      ).data!.ranking.entries.map((entry) => entry.city.id);
    const rows = () => page.locator('[data-testid=ranking-table] tr[data-row-key]').evaluateAll((found) => found.map((row) => row.getAttribute('data-row-key')).sort());

    await open('indicator?code=PM25_ANNUAL_MEAN&period=2024');
    expect(await rows()).toEqual((await counted(true)).sort());
    expect(await page.locator('[data-testid=samples-hidden]').count()).toBe(0);
    await page.getByTestId('sample-switch').click();
    await page.waitForURL(/samples=hidden/);
    await settled(page);
    await page.locator('[data-testid=ranking-table] tr[data-row-key]').first().waitFor();
    expect(await rows()).toEqual(await counted(false));
    expect(await rows()).toEqual(['haikou']);
    expect(await text('[data-testid=samples-hidden]')).toContain('only published values are counted');
    expect(await page.locator('a[href*="export/ranking.csv"]').getAttribute('href')).toContain('includeSample=false');

    // The choice is kept from page to page, like the language, and said in Chinese too.
    await page.locator('[data-page=compare]').click();
    await page.waitForURL(/\/compare\?.*samples=hidden/);
    expect(await page.getByTestId('sample-switch').getAttribute('aria-checked')).toBe('false');
    await open('?lang=zh&samples=hidden');
    expect(await text('[data-testid=samples-hidden]')).toContain('只计算已发布的数值');
    expect(watched.errors).toEqual([]);
  });
});
