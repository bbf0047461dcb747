/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Callbacks given to page.evaluate/waitForFunction run in the browser.
import { Role } from '@ugf/runtime';
import type { Browser, Page } from 'playwright-core';
import { request, RankingDocument } from '../../dashboard/examples/typed-client';
import type { CityObservations } from '../helpers/answer-shapes';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import path from 'node:path';
import { launchBrowser, screenshot, SCREENSHOTS, settled, watchedPage, type WatchedPage } from './browser';

const PAGES = [
  { name: 'overview', path: '' },
  { name: 'indicator', path: 'indicator?code=HOTLINE_RESOLUTION_RATE&period=2024' },
  { name: 'city', path: 'city?id=chengdu&period=2024&initiative=10' },
  { name: 'compare', path: 'compare?cities=beijing,shanghai,chengdu&indicators=PM25_ANNUAL_MEAN,GOOD_AIR_QUALITY_DAYS_PCT&periods=2019,2024' },
  { name: 'cases', path: 'cases?tag=hotline' },
  { name: 'submit', path: 'submit' },
  { name: 'review', path: 'review' },
];

describe('the dashboard in a browser', () => {
  let system: TestStack;
  let browser: Browser;
  let base: string;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startTestStack({ RATE_LIMIT_READS_PER_MINUTE: '100000', RATE_LIMIT_WRITES_PER_MINUTE: '10000' }), launchBrowser()]);
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
  afterEach(async () => {
    await watched.close();
  });

  const open = async (where: string) => {
    await page.goto(`${base}${where}`);
    await settled(page);
  };

  it.each(PAGES)('$name loads with no console error, in English and in Chinese', async ({ name, path }) => {
    await open(path);
    await expect(page.locator('main h1').textContent()).resolves.toBeTruthy();
    expect(await page.locator('.ant-alert-error').count()).toBe(0);
    await screenshot(page, name);
    await open(`${path}${path.includes('?') ? '&' : '?'}lang=zh`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    if (name === 'overview') await screenshot(page, 'overview-zh');
    expect(watched.errors).toEqual([]);
  });

  it('answers the typed client example (types generated from the supergraph)', async () => {
    const { data, errors } = await request(system.stack.gatewayUrl, RankingDocument, { code: 'HOTLINE_RESOLUTION_RATE', period: '2024', includeSample: true });
    expect(errors).toBeUndefined();
    // `data.ranking.entries[i].city.nameZh` is typed: a misspelt field would not compile.
    expect(data?.ranking?.includesSample).toBe(true);
    expect(data?.ranking?.entries).toHaveLength(13);
    expect(data?.ranking?.entries.every((entry) => typeof entry.city.nameZh === 'string' && typeof entry.value === 'number')).toBe(true);
  });

  it('is readable on a phone', async () => {
    const phone = await watchedPage(browser, { width: 390, height: 844 });
    try {
      await phone.page.goto(`${base}indicator?code=HOTLINE_RESOLUTION_RATE&period=2024`);
      await settled(phone.page);
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await screenshot(phone.page, 'indicator-phone');
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('animates its charts, unless the reader prefers reduced motion', async () => {
    const animated = await watchedPage(browser, undefined, 'no-preference');
    try {
      await animated.page.goto(`${base}indicator?code=HOTLINE_RESOLUTION_RATE&period=2024`);
      await settled(animated.page);
      expect(await animated.page.locator('.chart[data-animated="true"]').count()).toBeGreaterThan(0);
      expect(animated.errors).toEqual([]);
    } finally {
      await animated.close();
    }
    await open('indicator?code=HOTLINE_RESOLUTION_RATE&period=2024');
    expect(await page.locator('.chart').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart[data-animated="true"]').count()).toBe(0);
  });

  it('serves the offline GraphiQL at the GraphQL URL with the example operations of docs/examples as tabs, and runs one', async () => {
    await page.goto(new URL('/graphql', system.stack.gatewayUrl).toString());
    await page.waitForSelector('.graphiql-tab', { timeout: 20_000 });
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(9);
    // The first tab is docs/examples' first query; run it (a click made while the schema loads may be lost: retry).
    const answered = () =>
      page
        .waitForFunction(() => /"nameZh"/.test(document.querySelector('.result-window')?.textContent ?? ''), undefined, { timeout: 10_000 })
        .then(
          () => true,
          () => false,
        );
    let ok = false;
    for (let attempt = 0; attempt < 3 && !ok; attempt++) {
      await page.locator('.graphiql-execute-button').click();
      ok = await answered();
    }
    expect(ok).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql.png') });
    expect(watched.errors).toEqual([]);
  });

  it("shows the same figures as the API's answers for the same selection", async () => {
    // Overview: the declaration index ranking.
    await open('?period=2023');
    const index = await system.query<{ declarationIndex: { entries: { index: number | null; city: { id: string } }[] } }>(
      '{ declarationIndex(includeSample: true, period: "2023") { entries { index city { id } } } }',
    );
    for (const entry of index.data?.declarationIndex.entries ?? []) {
      if (entry.index === null) continue;
      expect(Number(await page.locator(`[data-testid=index-ranking] [data-city="${entry.city.id}"]`).getAttribute('data-index'))).toBeCloseTo(entry.index, 10);
    }
    // Indicator: every ranked value, the missing cities and the statistics.
    await open('indicator?code=PM25_ANNUAL_MEAN&period=2022');
    const ranking = await system.query<{ ranking: { entries: { value: number; city: { id: string } }[]; statistics: { median: number } } }>(
      '{ ranking(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN", period: "2022") { entries { value city { id } } statistics { median } } }',
    );
    const entries = ranking.data?.ranking.entries ?? [];
    expect(entries.length).toBe(13);
    for (const entry of entries) {
      expect(Number(await page.locator(`[data-testid=ranking-table] [data-city="${entry.city.id}"]`).getAttribute('data-value'))).toBe(entry.value);
    }
    expect(await page.locator('[data-stat=median]').textContent()).toBe(new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(ranking.data!.ranking.statistics.median));
    // Compare: every cell, and the CSV download through the gateway's export.
    await open(PAGES[3].path);
    const comparison = await system.query<{ comparison: { cells: { cityId: string; indicatorCode: string; period: string; value: number | null }[] } }>(
      '{ comparison(includeSample: true, cityIds: ["beijing","shanghai","chengdu"], indicatorCodes: ["PM25_ANNUAL_MEAN","GOOD_AIR_QUALITY_DAYS_PCT"], periods: ["2019","2024"]) { cells { cityId indicatorCode period value } } }',
    );
    for (const cell of comparison.data?.comparison.cells ?? []) {
      expect(Number(await page.locator(`[data-cell="${cell.cityId}|${cell.indicatorCode}|${cell.period}"]`).getAttribute('data-value'))).toBe(cell.value);
    }
    const csvUrl = (await page.locator('[data-testid=compare-csv]').getAttribute('href')) as string;
    const csv = await (await fetch(new URL(csvUrl, base))).text();
    expect(csv.split('\n').filter((line) => line.trim()).length).toBe(1 + 3 * 2 * 2);
    // City profile: the population from the cities subgraph.
    await open('city?id=chengdu');
    const city = await system.query<{ city: { population: number } }>('{ city(id: "chengdu") { population } }');
    expect(await page.locator('[data-testid=population]').textContent()).toBe(new Intl.NumberFormat('en-GB').format(city.data!.city.population));
    expect(watched.errors).toEqual([]);
  });

  it('switches language with the city names from the data, and keeps the selection in the URL', async () => {
    await open('indicator?code=HOTLINE_RESOLUTION_RATE&period=2024');
    expect(await page.locator('main h1').textContent()).toBe('Indicator');
    await page.getByText('中文', { exact: true }).click();
    await settled(page);
    expect(await page.locator('main h1').textContent()).toBe('指标');
    expect(page.url()).toContain('lang=zh');
    expect(page.url()).toContain('code=HOTLINE_RESOLUTION_RATE');
    const names = await system.query<{ cities: { nameZh: string }[] }>('{ cities { nameZh } }');
    const table = (await page.locator('[data-testid=ranking-table]').textContent()) as string;
    for (const city of names.data?.cities ?? []) expect(table).toContain(city.nameZh);
    // The shared URL opens the same page in the same language.
    const shared = page.url();
    const other = await watchedPage(browser);
    await other.page.goto(shared);
    await settled(other.page);
    expect(await other.page.locator('main h1').textContent()).toBe('指标');
    await other.close();
    await page.getByText('English', { exact: true }).click();
    await settled(page);
    expect(await page.locator('main h1').textContent()).toBe('Indicator');
    expect(watched.errors).toEqual([]);
  });

  it('checks a CSV before sending: one bad row shows its reason and nothing is submitted until it is fixed', async () => {
    const token = await system.token({ sub: 'e2e-shenzhen', role: Role.CITY_EDITOR, city: 'shenzhen' });
    const header = 'city_id,indicator_code,period,value,source,note';
    const good = ['shenzhen,HOTLINE_RESOLUTION_RATE,2025,88.5,Shenzhen 12345 hotline annual report 2025,', 'shenzhen,ONLINE_SERVICES_PCT,2025,97,Shenzhen government services report 2025,'];
    const bad = 'shenzhen,PM25_ANNUAL_MEAN,2025-Q5,abc,Shenzhen ecology bulletin 2025,';
    const stored = async () =>
      (await system.query<CityObservations<{ value: number; indicator: { code: string } }>>('{ city(id: "shenzhen") { observations(period: "2025") { nodes { value indicator { code } } } } }')).data
        ?.city.observations.nodes;
    expect(await stored()).toEqual([]);

    await open('submit');
    await page.locator('[data-testid=token-input]').fill(token);
    await page.locator('input[type=file]').setInputFiles({ name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from([header, good[0], bad, good[1]].join('\n')) });
    await page.waitForSelector('[data-testid=row-reason-3]');
    const reason = (await page.locator('[data-testid=row-reason-3]').textContent()) as string;
    expect(reason).toContain('period: "2025-Q5" is neither a year (2024) nor a quarter (2024-Q3)');
    expect(reason).toContain('value: "abc" is not a finite number');
    await page.waitForSelector('[data-testid=fix-first]');
    expect(await page.locator('[data-testid=submit-button]').isDisabled()).toBe(true);
    await screenshot(page, 'submit-invalid');
    expect(await stored()).toEqual([]);

    // Fixed: the same rows with the bad one corrected.
    const fixed = bad.replace('2025-Q5', '2025').replace('abc', '29.5');
    await page.locator('input[type=file]').setInputFiles({ name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from([header, good[0], fixed, good[1]].join('\n')) });
    await page.waitForFunction(() => !document.querySelector('[data-testid=fix-first]'));
    expect(await page.locator('[data-testid=submit-button]').isEnabled()).toBe(true);
    await page.locator('[data-testid=submit-button]').click();
    await page.waitForSelector('[data-testid=submit-result]');
    expect(await page.locator('[data-testid=submit-summary]').textContent()).toContain('created 3');
    expect((await stored())?.map((observation) => observation.value).sort()).toEqual([29.5, 88.5, 97]);
    // The history of a value, with what a verifier decided.
    const verifier = await system.token({ sub: 'e2e-verifier', role: Role.VERIFIER });
    const { id, revision } = (
      await system.query<CityObservations<{ id: string; revision: number }>>(
        '{ city(id: "shenzhen") { observations(indicatorCode: "ONLINE_SERVICES_PCT", period: "2025") { nodes { id revision } } } }',
      )
    ).data!.city.observations.nodes[0];
    const review = await system.query(`mutation { reviewObservation(id: "${id}", revision: ${revision}, decision: VERIFIED, comment: "Matches the yearbook") { status } }`, undefined, verifier);
    expect(review.errors).toBeUndefined();
    await open('submit?hCity=shenzhen&hCode=ONLINE_SERVICES_PCT&hPeriod=2025');
    await page.waitForSelector('[data-testid=history-current]');
    expect(await page.locator('[data-testid=history-current]').textContent()).toContain('verified');
    expect(await page.locator('[data-testid=history]').textContent()).toContain('e2e-verifier');
    await screenshot(page, 'submit-history');
    expect(watched.errors).toEqual([]);
  });

  it('shows the rows the server rejects with their reasons, and submits the others on request', async () => {
    const token = await system.token({ sub: 'e2e-shenzhen-2', role: Role.CITY_EDITOR, city: 'shenzhen' });
    const csv = [
      'city_id,indicator_code,period,value,source',
      'shenzhen,HOTLINE_SATISFACTION_RATE,2025,91.5,Shenzhen 12345 hotline survey 2025',
      // Passes the local checks; the server knows the indicator is a percentage.
      'shenzhen,REPEAT_COMPLAINTS_PCT,2025,150,Shenzhen 12345 hotline annual report 2025',
    ].join('\r\n');
    const stored = async () =>
      (await system.query<CityObservations<{ value: number }>>('{ city(id: "shenzhen") { observations(indicatorCode: "HOTLINE_SATISFACTION_RATE", period: "2025") { nodes { value } } } }')).data?.city
        .observations.nodes;
    await open('submit');
    await page.locator('[data-testid=token-input]').fill(token);
    await page.locator('input[type=file]').setInputFiles({ name: 'server.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
    await page.locator('[data-testid=submit-button]').click();
    await page.waitForSelector('[data-testid=server-rejected]');
    expect(await page.locator('[data-testid=row-reason-3]').textContent()).toMatch(/value: .*100/);
    expect(await stored()).toEqual([]);
    expect(await page.locator('[data-testid=submit-button]').textContent()).toContain('Submit the other 1 rows');
    await page.locator('[data-testid=submit-button]').click();
    await page.waitForSelector('[data-testid=submit-result]');
    expect(await page.locator('[data-testid=submit-summary]').textContent()).toContain('created 1');
    expect(await stored()).toEqual([{ value: 91.5 }]);
    // The browser logs the refused request (HTTP 400) itself; nothing threw.
    expect(watched.errors.filter((error) => error.startsWith('exception'))).toEqual([]);
  });

  it('lets a verifier work through the review queue: history, a stale revision refused, approval, and their own values disabled', async () => {
    const admin = await system.token({ sub: 'e2e-admin', role: Role.ADMIN });
    const editor = await system.token({ sub: 'e2e-hangzhou', role: Role.CITY_EDITOR, city: 'hangzhou' });
    const submit = async (token: string, idempotencyKey: string, item: Record<string, unknown>) => {
      const result = await system.query<{ submitObservations: { items: { observation: { id: string; revision: number } }[] } }>(
        `mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { items { observation { id revision } } } }`,
        { input: { idempotencyKey, items: [{ cityId: 'hangzhou', period: '2025', ...item }] } },
        token,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.submitObservations.items[0].observation;
    };
    const hotline = { indicatorCode: 'HOTLINE_RESOLUTION_RATE', value: 90, source: 'Hangzhou 12345 hotline annual report 2025' };
    const theirs = await submit(editor, 'e2e-review-editor', hotline);
    const own = await submit(admin, 'e2e-review-admin', { indicatorCode: 'ONLINE_SERVICES_PCT', value: 95, source: 'Hangzhou government services report 2025' });
    const stored = async (id: string) =>
      (
        await system.query<CityObservations<{ id: string; status: string; revision: number; revisions: { author: string; note: string | null }[] }>>(
          `{ city(id: "hangzhou") { observations(period: "2025") { nodes { id status revision revisions { author note } } } } }`,
          undefined,
          admin,
        )
      ).data?.city.observations.nodes.find((observation) => observation.id === id);

    await open('review?city=hangzhou&period=2025');
    await page.locator('[data-testid=token-input]').fill(admin);
    await page.waitForSelector(`[data-observation="${theirs.id}"]`);
    expect(await page.locator('[data-testid=review-count]').textContent()).toBe('2 values awaiting review');
    // The admin's own value is listed, its buttons disabled with the reason.
    expect(await page.locator(`[data-testid=review-approve-${own.id}]`).isDisabled()).toBe(true);
    expect(await page.locator(`[data-testid=review-reject-${own.id}]`).isDisabled()).toBe(true);
    expect(await page.locator(`[data-testid=review-own-${own.id}]`).textContent()).toContain('You wrote this value');
    // The other value's history names its author.
    await page.locator(`[data-testid=review-history-button-${theirs.id}]`).click();
    expect(await page.locator(`[data-testid=review-history-${theirs.id}]`).textContent()).toContain('e2e-hangzhou');
    await screenshot(page, 'review-queue');

    // A correction lands while the verifier looks: the approval is refused and nothing is recorded.
    const corrected = await submit(editor, 'e2e-review-correction', { ...hotline, value: 91, note: 'Late-closed cases added' });
    await page.locator(`[data-testid=review-approve-${theirs.id}]`).click();
    await page.waitForSelector(`[data-testid=review-error-${theirs.id}]`);
    expect(await page.locator(`[data-testid=review-error-${theirs.id}]`).textContent()).toContain('changed since you looked');
    expect(await stored(theirs.id)).toMatchObject({ status: 'PROVISIONAL', revision: corrected.revision });
    // The queue shows the correction; approved with a comment, the value leaves the queue.
    await page.waitForFunction((id) => document.querySelector(`[data-observation="${id}"]`)?.getAttribute('data-value') === '91', theirs.id);
    await page.locator(`[data-testid=review-comment-${theirs.id}]`).fill('Matches the hotline report');
    await page.locator(`[data-testid=review-approve-${theirs.id}]`).click();
    await page.waitForSelector('[data-testid=review-done]');
    await page.waitForFunction((id) => !document.querySelector(`[data-observation="${id}"]`), theirs.id);
    expect(await page.locator('[data-testid=review-count]').textContent()).toBe('1 values awaiting review');
    const verified = await stored(theirs.id);
    expect(verified).toMatchObject({ status: 'VERIFIED', revision: corrected.revision + 1 });
    expect(verified?.revisions.at(-1)).toEqual({ author: 'e2e-admin', note: 'Matches the hotline report' });
    expect(await stored(own.id)).toMatchObject({ status: 'PROVISIONAL', revision: own.revision });
    // The browser logs the refused request itself; nothing threw.
    expect(watched.errors.filter((error) => error.startsWith('exception'))).toEqual([]);
  });

  it('sends the expected_revision of a correction, and names the row when the value was changed since it was read', async () => {
    const token = await system.token({ sub: 'e2e-shenzhen-3', role: Role.CITY_EDITOR, city: 'shenzhen' });
    const read = async () =>
      (
        await system.query<CityObservations<{ value: number; revision: number }>>(
          '{ city(id: "shenzhen") { observations(indicatorCode: "HOTLINE_RESPONSE_RATE", period: "2024") { nodes { value revision } } } }',
        )
      ).data?.city.observations.nodes[0];
    const seen = (await read())!;
    // A colleague corrects the value after the file was prepared from revision `seen.revision`.
    const colleague = await system.query<{ submitObservations: { corrected: number } }>(
      'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { corrected } }',
      {
        input: {
          idempotencyKey: 'e2e-colleague',
          items: [{ cityId: 'shenzhen', indicatorCode: 'HOTLINE_RESPONSE_RATE', period: '2024', value: 90.25, source: 'Shenzhen 12345 hotline', note: 'recount', expectedRevision: seen.revision }],
        },
      },
      token,
    );
    expect(colleague.data?.submitObservations.corrected).toBe(1);
    const csv = ['city_id,indicator_code,period,value,source,note,expected_revision', `shenzhen,HOTLINE_RESPONSE_RATE,2024,91.75,Shenzhen 12345 hotline,revised,${seen.revision}`].join('\n');
    await open('submit');
    await page.locator('[data-testid=token-input]').fill(token);
    await page.locator('input[type=file]').setInputFiles({ name: 'correction.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('[data-testid=submit-button]').click();
    await page.waitForSelector('[data-testid=server-rejected]');
    expect(await page.locator('[data-testid=row-reason-2]').textContent()).toContain(`revision ${seen.revision + 1}`);
    expect(await read()).toEqual({ value: 90.25, revision: seen.revision + 1 });
    expect(watched.errors.filter((error) => error.startsWith('exception'))).toEqual([]);
  });

  it('keeps the other panels working when a subgraph stops mid-session, and names what is missing', async () => {
    await open('city?id=beijing&initiative=4');
    await page.waitForSelector('[data-testid=city-cases] .ant-list-item');
    await system.stack.process('cases').stop();
    try {
      await page.reload();
      await settled(page);
      // The cases panel says the cases are missing; facts, peers and every series chart are still there.
      await page.waitForSelector('[data-missing-service=cases]');
      expect(await page.locator('[data-testid=population]').textContent()).toMatch(/\d/);
      await page.waitForSelector('[data-testid^=series-] .chart[data-rendered=true]');
      expect(await page.locator('[data-testid=cases-unavailable]').count()).toBe(1);
      await screenshot(page, 'city-cases-down');
      // Pages that do not need the cases subgraph are untouched.
      await open('indicator?code=HOTLINE_RESOLUTION_RATE&period=2024');
      expect(await page.locator('[data-testid=partial-data]').count()).toBe(0);
      await page.waitForSelector('[data-testid=ranking-table] [data-value]');
      expect(await page.locator('[data-testid=ranking-table] [data-value]').count()).toBe(13);
      // The cases page itself shows an error, not a blank page.
      await open('cases');
      expect(await page.locator('.ant-alert-error').count()).toBe(1);
    } finally {
      await system.stack.restart('cases');
    }
    // Failed requests log to the console (the browser's own network messages); nothing threw.
    expect(watched.errors.filter((error) => error.startsWith('exception'))).toEqual([]);
  });
});
