/// <reference lib="dom" />
// Breakdowns in the dashboard: the selectors of the Indicator and City pages against the API's answers.
import type { Browser, Page } from 'playwright-core';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';
import { launchBrowser, settled, watchedPage, type WatchedPage } from './browser';

interface Part {
  dimension: string;
  code: string;
}
const RANKING = gql<{ ranking: { entries: { value: number; city: { id: string } }[]; missing: { id: string }[] } }>(
  `query ($code: ID!, $period: Period!, $breakdown: [DimensionCodeInput!]) { ranking(indicatorCode: $code, period: $period, breakdown: $breakdown) { entries { value city { id } } missing { id } } }`,
);
const SERIES = gql<{ city: { series: { points: { period: string; value: number }[] } } }>(
  `query ($id: ID!, $code: ID!, $breakdown: [DimensionCodeInput!]) { city(id: $id) { series(indicatorCode: $code, breakdown: $breakdown) { points { period value } } } }`,
);

describe('breakdowns in the dashboard', () => {
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
  const choose = async (testId: string, label: string) => {
    await search(testId, label);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
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

    await choose('breakdown-SEX', 'Female');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('breakdown') === 'SEX:F');
    const female = await ranking('HOTLINE_SATISFACTION_RATE', '2024', [{ dimension: 'SEX', code: 'F' }]);
    expect(female.entries.length).toBe(13);
    expect(valuesOf(female.entries)).not.toEqual(valuesOf(totals.entries));
    await page.waitForFunction((expected) => document.querySelectorAll('[data-testid=ranking-table] [data-city]').length === expected, female.entries.length);
    expect(await shownValues()).toEqual(valuesOf(female.entries));
    expect(await page.locator('main h2').first().textContent()).toContain('Female');

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
});
