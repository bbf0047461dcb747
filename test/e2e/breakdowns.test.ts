/// <reference lib="dom" />
// Breakdowns in the dashboard: the selectors of the Indicator and City pages and the Data availability page
// against the API's answers, and the reasons shown where a figure cannot be computed.
import { Role } from '@ugf/runtime';
import type { Browser, Page } from 'playwright-core';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';
import { launchBrowser, screenshot, settled, watchedPage, type WatchedPage } from './browser';

interface Part {
  dimension: string;
  code: string;
}
const RANKING = gql<{ ranking: { entries: { value: number; city: { id: string } }[]; missing: { id: string }[] } }>(
  `query ($code: ID!, $period: Period!, $breakdown: [DimensionCodeInput!]) { ranking(includeSample: true, indicatorCode: $code, period: $period, breakdown: $breakdown) { entries { value city { id } } missing { id } } }`,
);
const BREAKDOWNS = gql<{ breakdowns: { breakdown: Part[]; city: { id: string }; periods: string[] }[] }>(
  `query ($code: ID!) { breakdowns(includeSample: true, indicatorCode: $code) { breakdown { dimension code } city { id } periods } }`,
);
const COMPARISON = gql<{ comparison: { cells: { cityId: string; indicatorCode: string; missing: boolean }[] } }>(
  `query ($cityIds: [ID!]!, $codes: [ID!]!, $period: Period!) { comparison(includeSample: true, cityIds: $cityIds, indicatorCodes: $codes, periods: [$period]) { cells { cityId indicatorCode missing } } }`,
);
const IMPACTS = gql<{
  city: { cases: { nodes: { id: string; impact: { indicator: { code: string }; fromPeriod: string; toPeriod: string | null; change: number | null; peerMedianChange: number | null }[] }[] } };
}>(`query ($id: ID!) { city(id: $id) { cases { nodes { id impact(includeSample: true) { indicator { code } fromPeriod toPeriod change peerMedianChange } } } } }`);
const INDEX = gql<{ declarationIndex: { entries: { rank: number | null; index: number | null; coverage: number; indexMissingReason: string | null; city: { id: string } }[] } }>(
  `query ($period: Period!) { declarationIndex(includeSample: true, period: $period) { entries { rank index coverage indexMissingReason city { id } } } }`,
);
const SERIES = gql<{ city: { series: { points: { period: string; value: number }[] } } }>(
  `query ($id: ID!, $code: ID!, $breakdown: [DimensionCodeInput!]) { city(id: $id) { series(includeSample: true, indicatorCode: $code, breakdown: $breakdown) { points { period value } } } }`,
);

describe('breakdowns, data availability and reasons in the dashboard', () => {
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
  /** The options an antd Select offers for a search (its list is virtual: only what is typed for is drawn). */
  const search = async (testId: string, text: string) => {
    await page.locator(`[data-testid=${testId}]`).click();
    await page.locator(`[data-testid=${testId}] input`).fill(text);
    return page.$$eval('.ant-select-dropdown:visible .ant-select-item-option', (options) => options.map((option) => option.getAttribute('title')));
  };
  /** Picks an option of an antd Select by its visible label. */
  const pick = async (testId: string, label: string) => {
    await search(testId, label);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
  };
  const choose = async (testId: string, label: string) => {
    await pick(testId, label);
    await settled(page);
  };
  const ranking = async (code: string, period: string, breakdown?: Part[]) => {
    const answer = await system.query(RANKING, { code, period, breakdown });
    expect(answer.errors).toBeUndefined();
    return answer.data!.ranking;
  };
  const shownValues = (): Promise<Record<string, number>> =>
    page.$$eval('[data-testid=ranking-table] [data-city]', (cells) => Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-city') ?? '', Number(cell.getAttribute('data-value'))])));
  const valuesOf = (entries: { value: number; city: { id: string } }[]) => Object.fromEntries(entries.map((entry) => [entry.city.id, entry.value]));

  it("ranks the cities on the breakdown chosen on the Indicator page, with the API's values, in English and Chinese", async () => {
    await open('indicator?code=HOTLINE_SATISFACTION_RATE&period=2024');
    const totals = await ranking('HOTLINE_SATISFACTION_RATE', '2024');
    expect(await shownValues()).toEqual(valuesOf(totals.entries));
    expect(await page.locator('[data-testid=breakdown-SEX]').textContent()).toBe('Total');

    // The answer for Female is held back until the page has shown that it is waiting for it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('IndicatorRanking') && body.includes('"code":"F"')) await held;
      await route.continue();
    });
    await pick('breakdown-SEX', 'Female');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('breakdown') === 'SEX:F');
    const female = await ranking('HOTLINE_SATISFACTION_RATE', '2024', [{ dimension: 'SEX', code: 'F' }]);
    expect(female.entries.length).toBe(13);
    expect(valuesOf(female.entries)).not.toEqual(valuesOf(totals.entries));
    // The title names the breakdown at once; the totals stay in view, marked busy, until the new answer comes.
    await page.waitForFunction(() => document.querySelector('main h2')?.textContent?.includes('Female') && document.querySelector('[aria-busy=true] [data-testid=ranking-table]'));
    expect(await shownValues()).toEqual(valuesOf(totals.entries));
    release();
    await settled(page);
    expect(await shownValues()).toEqual(valuesOf(female.entries));
    await page.unroute('**/graphql');

    // The URL keeps the breakdown: the Chinese page opens on it, labelled in Chinese.
    await open(`indicator?code=HOTLINE_SATISFACTION_RATE&period=2024&breakdown=SEX:F&lang=zh`);
    expect(await page.locator('[data-testid=breakdown-SEX]').textContent()).toBe('女');
    expect(await page.locator('[data-testid=breakdown-DISTRICT]').textContent()).toBe('合计');
    expect(await shownValues()).toEqual(valuesOf(female.entries));
    expect(watched.errors).toEqual([]);
  });

  it('offers the districts of every city on the Indicator page, ranks the one city that has the district, and says so when a breakdown has no values', async () => {
    await open('indicator?code=PM25_ANNUAL_MEAN&period=2023');
    await choose('breakdown-DISTRICT', 'Nanshan District');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('breakdown') === 'DISTRICT:440305');
    const nanshan = await ranking('PM25_ANNUAL_MEAN', '2023', [{ dimension: 'DISTRICT', code: '440305' }]);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=ranking-table] [data-city]').length === 1);
    expect(await shownValues()).toEqual(valuesOf(nanshan.entries));
    expect(Object.keys(valuesOf(nanshan.entries))).toEqual(['shenzhen']);
    expect((await page.locator('[data-testid=missing-cities]').textContent())?.split(', ').length).toBe(nanshan.missing.length);

    // No city has values by sex for a year after the sample's last.
    await open('indicator?code=HOTLINE_SATISFACTION_RATE&period=2019&breakdown=SEX:M');
    expect(await page.locator('[data-testid=no-values]').count()).toBe(0);
    await open('indicator?code=HOTLINE_SATISFACTION_RATE&period=2025&breakdown=SEX:M');
    expect((await ranking('HOTLINE_SATISFACTION_RATE', '2025', [{ dimension: 'SEX', code: 'M' }])).entries).toEqual([]);
    expect(await page.locator('[data-testid=no-values]').textContent()).toBe('No values for Male in 2025.');
    await open('indicator?code=HOTLINE_SATISFACTION_RATE&period=2025&breakdown=SEX:M&lang=zh');
    expect(await page.locator('[data-testid=no-values]').textContent()).toBe('2025：男没有数值。');
    expect(watched.errors).toEqual([]);
  });

  it("shows the City page's series of the chosen district, offers only the city's districts, and keeps totals where the indicator has no such breakdown", async () => {
    await open('city?id=shenzhen&initiative=10');
    expect(await search('breakdown-DISTRICT', 'Dongcheng')).toEqual([]);
    await page.keyboard.press('Escape');
    await choose('breakdown-DISTRICT', 'Nanshan District');
    const expected = (await system.query(SERIES, { id: 'shenzhen', code: 'PM25_ANNUAL_MEAN', breakdown: [{ dimension: 'DISTRICT', code: '440305' }] })).data!.city.series.points;
    expect(expected.length).toBeGreaterThan(0);
    const chart = page.locator('[data-testid=series-PM25_ANNUAL_MEAN] .chart');
    await page.waitForFunction(
      (label) => document.querySelector('[data-testid=series-PM25_ANNUAL_MEAN] .chart')?.getAttribute('aria-label')?.endsWith(label),
      expected.map((point) => `${point.period} ${point.value}`).join(', '),
    );
    expect(await chart.getAttribute('aria-label')).toContain(expected.map((point) => `${point.period} ${point.value}`).join(', '));
    expect(await page.locator('[data-testid=series-PM25_ANNUAL_MEAN] [data-testid=series-breakdown]').textContent()).toBe('Nanshan District');
    // An indicator of the initiative without districts stays on its totals, and says so.
    expect(await page.locator('[data-testid=series-GOOD_AIR_QUALITY_DAYS_PCT] [data-testid=series-breakdown]').textContent()).toContain('this indicator has no such breakdown');
    expect(watched.errors).toEqual([]);
  });

  it('shows in the availability grid, from one request for the grid, what the API says each city reports for the period, in English and Chinese', async () => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') requests.push(request.postData() ?? request.url());
    });
    const catalogue = (await system.query(gql<{ cities: { id: string }[]; indicators: { code: string }[] }>('{ cities { id } indicators { code } }'))).data!;
    const shownCells = () =>
      page.$$eval('[data-testid=availability-grid] [data-cell]', (cells) =>
        Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-cell') ?? '', { total: cell.getAttribute('data-total') === 'true', breakdowns: cell.getAttribute('data-breakdowns') ?? '' }])),
      );
    /** Every cell's total against the comparison of every city and indicator for the period. */
    const expectTotalsAsCompared = async (period: string) => {
      // The grid's query may still be on its way when the page has no skeleton left: wait for its cells.
      await page.waitForSelector('[data-testid=availability-grid] [data-cell]');
      const shown = await shownCells();
      const comparison = await system.query(COMPARISON, { cityIds: catalogue.cities.map((city) => city.id), codes: catalogue.indicators.map((indicator) => indicator.code), period });
      const cells = comparison.data!.comparison.cells;
      expect(Object.keys(shown).length).toBe(cells.length);
      for (const cell of cells) expect([cell.cityId, cell.indicatorCode, shown[`${cell.cityId}|${cell.indicatorCode}`]?.total]).toEqual([cell.cityId, cell.indicatorCode, !cell.missing]);
      return { shown, cells };
    };

    await open('availability?period=2024');
    expect(await page.locator('main h1').textContent()).toBe('Data availability');
    expect(await page.locator('[data-page=availability]').textContent()).toBe('Data availability');
    // The catalogue and the code lists (shared by every page) and the grid's one query.
    expect(requests.length).toBeLessThanOrEqual(3);
    const { shown } = await expectTotalsAsCompared('2024');
    // Breakdowns: the cells of the indicators with sample breakdowns against breakdowns().
    for (const code of ['HOTLINE_SATISFACTION_RATE', 'PM25_ANNUAL_MEAN']) {
      const entries = (await system.query(BREAKDOWNS, { code })).data!.breakdowns.filter((entry) => entry.breakdown.length > 0 && entry.periods.includes('2024'));
      for (const city of ['beijing', 'shenzhen', 'xiongan']) {
        const keys = entries
          .filter((entry) => entry.city.id === city)
          .map((entry) => entry.breakdown.map((part) => `${part.dimension}=${part.code}`).join(';'))
          .sort();
        expect(keys.length).toBeGreaterThan(0);
        expect([city, code, shown[`${city}|${code}`].breakdowns]).toEqual([city, code, keys.join(',')]);
      }
    }
    expect(await page.locator('[data-cell="shenzhen|HOTLINE_SATISFACTION_RATE"]').textContent()).toBe('✓Sex 2');
    await screenshot(page, 'availability');

    // A period with one value: that cell has it, every other says it is not reported.
    const token = await system.token({ sub: 'e2e-availability', role: Role.CITY_EDITOR, city: 'shenzhen' });
    const submitted = await system.query(
      'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created } }',
      {
        input: {
          idempotencyKey: 'e2e-availability',
          items: [{ cityId: 'shenzhen', indicatorCode: 'HOTLINE_SATISFACTION_RATE', period: '2025', value: 90, source: 'Shenzhen 12345 hotline survey 2025' }],
        },
      },
      token,
    );
    expect(submitted.errors).toBeUndefined();
    await open('availability?period=2025');
    const { cells } = await expectTotalsAsCompared('2025');
    expect(cells.filter((cell) => !cell.missing)).toEqual([{ cityId: 'shenzhen', indicatorCode: 'HOTLINE_SATISFACTION_RATE', missing: false }]);
    const missing = { cityId: 'beijing', indicatorCode: 'HOTLINE_SATISFACTION_RATE' };
    expect(await page.locator(`[data-cell="${missing.cityId}|${missing.indicatorCode}"]`).textContent()).toBe('not reported');
    expect(await page.locator('[data-reporting=HOTLINE_SATISFACTION_RATE]').textContent()).toBe('1 of 13 cities');

    await open('availability?period=2024&lang=zh');
    expect(await page.locator('main h1').textContent()).toBe('数据可得性');
    expect(await page.locator('[data-reporting=HOTLINE_SATISFACTION_RATE]').textContent()).toBe('13 个城市中 13 个');
    expect(await page.locator('[data-cell="shenzhen|HOTLINE_SATISFACTION_RATE"]').textContent()).toBe('✓性别 2');
    await open('availability?period=2025&lang=zh');
    expect(await page.locator(`[data-cell="${missing.cityId}|${missing.indicatorCode}"]`).textContent()).toBe('未报告');
    expect(watched.errors).toEqual([]);
  });

  it('keeps the availability grid inside the screen of a phone, and narrows it to the cities chosen', async () => {
    const phone = await watchedPage(browser, { width: 390, height: 844 });
    try {
      await phone.page.goto(`${base}availability?period=2024&cities=shenzhen,chengdu`);
      await settled(phone.page);
      expect(await phone.page.locator('[data-testid=availability-grid] thead th').allTextContents()).toEqual(['Indicator', 'Chengdu', 'Shenzhen']);
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await screenshot(phone.page, 'availability-phone');
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it("says why a case's change, a breakdown's target and peers, and a city's index cannot be computed, in English and Chinese", async () => {
    // A case older than the city's first value: no value in its year, so no change and no peers' change.
    const cases = (await system.query(IMPACTS, { id: 'shenzhen' })).data!.city.cases.nodes;
    const old = cases.flatMap((item) => item.impact.map((impact) => ({ id: item.id, ...impact }))).find((impact) => impact.change === null && impact.toPeriod !== null)!;
    expect(old.peerMedianChange).toBeNull();
    await open('city?id=shenzhen&initiative=10&breakdown=DISTRICT:440305');
    const impact = page.locator(`[data-impact="${old.id}|${old.indicator.code}"]`);
    expect(await impact.locator('[data-reason]').allTextContents()).toEqual([`no value for ${old.fromPeriod}, the case’s year`, `no peer has values for both ${old.fromPeriod} and ${old.toPeriod}`]);
    const card = page.locator('[data-testid=series-PM25_ANNUAL_MEAN]');
    expect(await card.locator('[data-testid=target-missing] [data-reason]').textContent()).toBe('targets are set on totals only');
    expect(await card.textContent()).toContain('peers are compared on totals only');
    expect(await card.textContent()).not.toContain('—');
    await open('city?id=shenzhen&initiative=10&breakdown=DISTRICT:440305&lang=zh');
    expect(await page.locator(`[data-impact="${old.id}|${old.indicator.code}"] [data-reason]`).allTextContents()).toEqual([
      `案例起始年 ${old.fromPeriod} 没有数值`,
      `没有同类城市同时有 ${old.fromPeriod} 和 ${old.toPeriod} 的数值`,
    ]);
    expect(await page.locator('[data-testid=series-PM25_ANNUAL_MEAN] [data-testid=target-missing] [data-reason]').textContent()).toBe('目标只针对合计数值设定');

    // A period with (almost) no values: no city has an index; the API's reason in English, the same coverage in Chinese.
    const index = (await system.query(INDEX, { period: '2026' })).data!.declarationIndex.entries;
    const beijing = index.find((entry) => entry.city.id === 'beijing')!;
    expect(beijing.index).toBeNull();
    await open('?period=2026');
    expect(await page.locator('[data-index-missing=beijing]').textContent()).toBe(beijing.indexMissingReason);
    expect(await page.locator('[data-testid=index-ranking] [data-reason]').first().textContent()).toBe('unranked: no index');
    await open('?period=2026&lang=zh');
    expect(await page.locator('[data-index-missing=beijing]').textContent()).toBe(`仅 ${Math.round(beijing.coverage * 100)}% 的指标有数值和目标；指数至少需要 80%`);
    expect(watched.errors).toEqual([]);
  });
});
