/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Callbacks given to page.evaluate/waitForFunction run in the browser.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

/** Debian's Chromium, headless, with no network of its own (no sandbox: CI runs as root). */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk (never "npx playwright install")`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
  close(): Promise<void>;
}

/**
 * A page that records every console error and uncaught exception. Its reader prefers reduced motion, unless
 * told otherwise: charts are drawn at once, so a test waits less and the two cores draw fewer frames.
 */
export async function watchedPage(browser: Browser, viewport = { width: 1280, height: 900 }, reducedMotion: 'reduce' | 'no-preference' = 'reduce'): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'en-GB', acceptDownloads: true, reducedMotion });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  return { page, context, errors, close: () => context.close() };
}

/** Waits until the page has settled: no skeleton left, no panel still loading new variables, and every chart drawn. */
export async function settled(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForSelector('main h1', { timeout });
  await page.waitForFunction(
    () => document.querySelectorAll('.ant-skeleton, [aria-busy=true]').length === 0 && [...document.querySelectorAll('.chart')].every((chart) => (chart as HTMLElement).dataset.rendered === 'true'),
    undefined,
    { timeout, polling: 100 },
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
