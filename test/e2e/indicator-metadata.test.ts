/// <reference lib="dom" />
// The metadata panel of the Indicator page, in English and Chinese, against the API's answers.
import { Role } from '@ugf/runtime';
import type { Browser, Page } from 'playwright-core';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';
import { launchBrowser, screenshot, settled, watchedPage, type WatchedPage } from './browser';

const METADATA = gql<{
  indicator: {
    name: string;
    nameZh: string;
    direction: string;
    kind: string;
    validMin: number | null;
    validMax: number | null;
    plausibleChangePct: number | null;
    unit: string;
    method: string;
    periodicity: string;
    revision: number;
    initiative: { id: string };
    frameworks: { framework: string; ref: string }[];
    metadata: { definition: string | null; definitionZh: string | null; dataSources: string | null; dataProvider: string | null; limitations: string | null; lastUpdate: string };
  };
}>(`query ($code: ID!) { indicator(code: $code) {
  name nameZh direction kind validMin validMax plausibleChangePct unit method periodicity revision initiative { id }
  frameworks { framework ref }
  metadata { definition definitionZh dataSources dataProvider limitations lastUpdate }
} }`);

describe('the metadata panel of the Indicator page', () => {
  let system: TestStack;
  let browser: Browser;
  let base: string;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startTestStack(), launchBrowser()]);
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
  const field = async (name: string) => (await page.locator(`[data-testid=indicator-metadata] [data-field=${name}]`).textContent())?.trim();
  const read = async (code: string) => (await system.query(METADATA, { code })).data!.indicator;

  it("shows the indicator's definition, method, sources, references and last update as the API answers them, in English and Chinese", async () => {
    const indicator = await read('UNDER5_MORTALITY_PER_1000');
    await open('indicator?code=UNDER5_MORTALITY_PER_1000&period=2024');
    const panel = page.locator('[data-testid=indicator-metadata]');
    expect(await field('definition')).toBe(indicator.metadata.definition);
    expect(await field('computationMethod')).toBe(indicator.method);
    expect(await field('dataSources')).toBe(indicator.metadata.dataSources);
    expect(await field('dataProvider')).toBe('not known');
    expect(await field('periodicity')).toBe('annual');
    for (const { framework, ref } of indicator.frameworks) expect(await field('references')).toContain(ref || framework);
    expect(await page.locator('[data-testid=indicator-metadata] [data-field=lastUpdate]').getAttribute('datetime')).toBe(indicator.metadata.lastUpdate);
    expect(await panel.textContent()).toContain('Method of computation');
    await screenshot(page, 'indicator-metadata');

    await open('indicator?code=UNDER5_MORTALITY_PER_1000&period=2024&lang=zh');
    expect(await field('definition')).toBe(indicator.metadata.definitionZh);
    expect(await field('periodicity')).toBe('年度');
    expect(await field('dataProvider')).toBe('未知');
    const text = (await panel.textContent()) as string;
    for (const label of ['指标元数据', '定义', '计算方法', '数据来源', '说明与局限', '最近更新', '仅英文']) expect(text).toContain(label);
    expect(watched.errors).toEqual([]);
  });

  it('shows a change an admin made to the metadata after a reload, and follows the selected indicator', async () => {
    const before = await read('LEGAL_AID_CASES');
    const { initiative, revision, frameworks: _frameworks, metadata, ...definition } = before;
    const admin = await system.token({ sub: 'e2e-metadata-admin', role: Role.ADMIN });
    const limitations = 'Counts closed cases only; e2e edit.';
    const changed = await system.query(
      `mutation ($input: IndicatorDefinitionInput!) { defineIndicator(input: $input) { revision } }`,
      {
        input: {
          code: 'LEGAL_AID_CASES',
          ...definition,
          initiativeId: initiative.id,
          expectedRevision: revision,
          metadata: { definition: metadata.definition, definitionZh: metadata.definitionZh, dataSources: metadata.dataSources, limitations },
        },
      },
      admin,
    );
    expect(changed.errors).toBeUndefined();
    await open('indicator?code=LEGAL_AID_CASES&period=2024');
    expect(await field('limitations')).toBe(limitations);
    expect(await page.locator('[data-testid=indicator-metadata] [data-field=lastUpdate]').getAttribute('datetime')).toBe((await read('LEGAL_AID_CASES')).metadata.lastUpdate);

    const other = await read('PM25_ANNUAL_MEAN');
    await open('indicator?code=PM25_ANNUAL_MEAN&period=2024');
    expect(await field('definition')).toBe(other.metadata.definition);
    expect(await field('limitations')).toBe('none stated');
    expect(watched.errors).toEqual([]);
  });
});
