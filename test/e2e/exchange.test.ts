/// <reference lib="dom" />
// The dashboard's exchange features: the files and citation of what a page shows, charts saved as PNG and
// SVG, the chart another site frames, and the live refresh when data change.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Role } from '@ugf/runtime';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';
import { launchBrowser, settled, watchedPage, type WatchedPage } from './browser';

const RANKING = gql<{ ranking: { entries: { value: number; city: { id: string; name: string } }[] } }>(
  'query ($code: ID!, $period: Period!, $includeSample: Boolean!) { ranking(indicatorCode: $code, period: $period, includeSample: $includeSample) { entries { value city { id name } } } }',
);
const SUBMIT = gql<{ submitObservations: { corrected: number } }>('mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { corrected } }');

describe('exchange in the dashboard: downloads, chart images, embedding and live refresh', () => {
  let system: TestStack;
  let browser: Browser;
  let host: http.Server;
  let hostOrigin: string;
  let base: string;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    // Another site's page, framing the embeddable chart and a full dashboard page.
    host = http.createServer((req, res) => {
      const embed = `${base}embed?code=PM25_ANNUAL_MEAN&period=2023`;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>host</title><iframe name="embed" src="${embed}" width="800" height="600"></iframe><iframe name="full" src="${base}indicator" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    [system, browser] = await Promise.all([startTestStack({ RATE_LIMIT_READS_PER_MINUTE: '100000', EMBED_FRAME_ANCESTORS: hostOrigin }), launchBrowser()]);
    base = new URL('/dashboard/', system.stack.gatewayUrl).toString();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    host?.close();
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
  const hrefs = (testId: string) => page.$$eval(`[data-testid=${testId}] a`, (links) => links.map((link) => ({ text: link.textContent ?? '', href: (link as HTMLAnchorElement).href })));

  it("offers the Indicator page's ranking as CSV, SDMX-CSV and JSON-stat, and a citation, each answering the figures shown", async () => {
    await open('indicator?code=PM25_ANNUAL_MEAN&period=2023');
    const links = await hrefs('indicator-downloads');
    expect(links.map((link) => link.text)).toEqual(['CSV', 'SDMX-CSV', 'JSON-stat', 'Cite this (BibTeX)', 'RIS']);
    const includeSample = new URL(links[0].href).searchParams.get('includeSample') === 'true';
    const ranking = (await system.query(RANKING, { code: 'PM25_ANNUAL_MEAN', period: '2023', includeSample })).data!.ranking.entries;
    expect(ranking.length).toBeGreaterThan(5);
    const [csv, sdmx, jsonStat, bibtex, ris] = await Promise.all(links.map(async (link) => (await fetch(link.href)).text()));
    expect(csv.trim().split('\n')).toHaveLength(1 + ranking.length);
    expect(sdmx.split('\n')[0]).toMatch(/^STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,SERIES,/);
    // The totals are the ranking's values; the breakdowns follow them.
    const totals = parse<Record<string, string>>(sdmx, { columns: true }).filter((row) => [row.SEX, row.AGE, row.URBANISATION, row.DISTRICT].every((code) => code === '_T'));
    expect(totals.map((row) => Number(row.OBS_VALUE)).sort()).toEqual(ranking.map((entry) => entry.value).sort());
    const dataset = JSON.parse(jsonStat) as { class: string; value: (number | null)[] };
    expect(dataset.class).toBe('dataset');
    expect(dataset.value.filter((value) => value !== null).sort()).toEqual(ranking.map((entry) => entry.value).sort());
    expect(bibtex).toMatch(/^@dataset\{|^@misc\{/m);
    expect(bibtex).toContain('Urban Governance Federation');
    expect(ris).toMatch(/^TY {2}- /m);
    expect(watched.errors).toEqual([]);
  });

  it('saves the ranking chart as a PNG and as an SVG image with the city names', async () => {
    await open('indicator?code=PM25_ANNUAL_MEAN&period=2023');
    const saved = async (testId: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=${testId}]`).click()]);
      return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
    };
    const png = await saved('ranking-chart-png');
    expect(png.name).toBe('ranking-chart.png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Drawn at twice the chart's size.
    expect(png.bytes.readUInt32BE(16)).toBe(2 * (await page.locator('[data-testid=ranking-chart]').evaluate((chart) => chart.clientWidth)));
    const svg = await saved('ranking-chart-svg');
    expect(svg.name).toBe('ranking-chart.svg');
    const text = svg.bytes.toString();
    expect(text).toMatch(/^<svg /);
    const first = (await system.query(RANKING, { code: 'PM25_ANNUAL_MEAN', period: '2023', includeSample: true })).data!.ranking.entries[0];
    expect(text).toContain(first.city.name);
    expect(watched.errors).toEqual([]);
  });

  it('draws every city on the map of China from the build, fetching nothing from another host', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await open('indicator?code=PM25_ANNUAL_MEAN&period=2023');
    await page.waitForSelector('[data-testid=city-map][data-rendered=true]');
    expect(requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== new URL(base).origin)).toEqual([]);
    // The canvas holds the dots and their names (near-black, #111827), right of the colour scale.
    const dark = await page.locator('[data-testid=city-map] canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data, width } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let index = 0; index < data.length; index += 4) if ((index / 4) % width > 120 && data[index] < 60 && data[index + 1] < 60 && data[index + 2] < 60) count += 1;
      return count;
    });
    expect(dark).toBeGreaterThan(500);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=city-map-svg]').click()]);
    const svg = fs.readFileSync(await download.path(), 'utf8');
    const cities = (await system.query(gql<{ cities: { name: string; location: { latitude: number } | null }[] }>('{ cities { name location { latitude } } }'))).data!.cities;
    expect(cities.filter((city) => city.location)).toHaveLength(13);
    // Names as SVG text writes them (an apostrophe as a character reference).
    const texts = svg.replace(/&#39;|&#x27;|&apos;/g, "'");
    for (const city of cities) expect(texts).toContain(`>${city.name}<`);
    // The provinces' outlines: more than thirty shapes besides the dots.
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(30);
    expect(await page.locator('[data-testid=map-unplaced]').count()).toBe(0);
    expect(watched.errors).toEqual([]);
  });

  it('lets the configured site frame the chart-only page, and no other dashboard page', async () => {
    const embedded = await fetch(`${base}embed`);
    expect(embedded.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${hostOrigin}`);
    expect(embedded.headers.get('x-frame-options')).toBeNull();
    expect((await fetch(`${base}indicator`)).headers.get('x-frame-options')).toBe('SAMEORIGIN');

    await page.goto(hostOrigin);
    const frame = page.frame({ name: 'embed' })!;
    await frame.waitForSelector('[data-testid=embed-chart][data-rendered=true]', { timeout: 20_000 });
    expect(await frame.locator('h1').textContent()).toContain('2023');
    // The chart alone: no header, no navigation.
    expect(await frame.locator('.app-header, nav').count()).toBe(0);
    const full = page.frame({ name: 'full' })!;
    await page.waitForTimeout(500);
    expect(await full.locator('main h1').count()).toBe(0);
  });

  it('refreshes the figures on screen when a value changes, from the change stream', async () => {
    await open('indicator?code=PM25_ANNUAL_MEAN&period=2023');
    const cell = page.locator('[data-testid=ranking-table] [data-city=chengdu]');
    const before = Number(await cell.getAttribute('data-value'));
    expect(await page.locator('[data-testid=live-status]').textContent()).toBe('');
    const admin = await system.token({ sub: 'live-admin', role: Role.ADMIN });
    const item = { cityId: 'chengdu', indicatorCode: 'PM25_ANNUAL_MEAN', period: '2023', value: before + 1, source: 'Chengdu ecology bulletin', note: 'Recount' };
    const written = await system.query(SUBMIT, { input: { idempotencyKey: 'live-refresh', items: [item] } }, admin);
    expect(written.data?.submitObservations.corrected).toBe(1);
    await page.waitForFunction((value) => document.querySelector('[data-testid=ranking-table] [data-city=chengdu]')?.getAttribute('data-value') === String(value), before + 1, { timeout: 15_000 });
    expect(await page.locator('[data-testid=live-status]').textContent()).toMatch(/^Data updated /);
    expect(watched.errors).toEqual([]);
  });
});
