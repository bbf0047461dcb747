#!/usr/bin/env node
// Quality budgets of the dashboard (`npm run quality`): gzip size of the production bundle with ECharts in
// its own chunk (and not fetched by pages without a chart), time to the first rendered chart on localhost,
// and axe-core on every page (no serious or critical violation). Starts its own stack on free ports.
// Prints a table, writes docs/quality.json, exits 1 when a budget is exceeded.
/* global document, window -- the callbacks given to page.evaluate and waitForFunction run in the browser */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { chromium } = require('playwright-core');
const { launchStack } = require('@ugf/tools');

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dashboard', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUDGETS = {
  /** JavaScript and CSS that the first page needs, gzip. */
  initialKb: 200,
  /** The ECharts chunk, gzip. */
  echartsKb: 210,
  /** Median of 3 cold loads of the overview, from navigation start to its heat map drawn. */
  firstChartMs: 3000,
  seriousA11yViolations: 0,
};
const PAGES = ['', 'indicator', 'city', 'compare', 'availability', 'cases', 'submit', 'review'];

const gzipKb = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

/** The entry's own files: index.html's script, its static imports (modulepreload) and stylesheets. */
function bundleSizes() {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/dashboard\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  const assets = fs.readdirSync(path.join(DIST, 'assets'));
  const echarts = assets.filter((name) => /^EChart-.*\.js$/.test(name));
  const graphiql = assets.filter((name) => /^graphiql-.*\.(js|css)$/.test(name));
  const total = assets.filter((name) => /\.(js|css)$/.test(name));
  const sum = (names) => names.reduce((kb, name) => kb + gzipKb(path.join(DIST, name.startsWith('assets/') ? name : `assets/${name}`)), 0);
  if (echarts.length !== 1) throw new Error(`expected one ECharts chunk (EChart-*.js), found ${echarts.join(', ') || 'none'}`);
  if (initial.some((name) => /EChart-/.test(name))) throw new Error('the ECharts chunk is part of the initial load');
  return { initialKb: sum(initial), echartsKb: sum(echarts), echartsChunk: echarts[0], graphiqlKb: sum(graphiql), allAssetsKb: sum(total), initialFiles: initial.length };
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dashboard/dist is missing: npm run dashboard:build');
  const sizes = bundleSizes();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-quality-'));
  const stack = await launchStack({ dataDir, env: { LOG_LEVEL: 'warn', RATE_LIMIT_READS_PER_MINUTE: '100000' } });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const base = new URL('/dashboard/', stack.gatewayUrl).toString();
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const settle = (page) =>
    page.waitForFunction(
      () =>
        document.querySelector('main h1') && document.querySelectorAll('.ant-skeleton').length === 0 && [...document.querySelectorAll('.chart')].every((chart) => chart.dataset.rendered === 'true'),
      undefined,
      { timeout: 30_000, polling: 50 },
    );
  try {
    // Warm the gateway and the subgraphs once, so that the timing measures the page, not a cold process.
    const warm = await browser.newPage();
    await warm.goto(base);
    await settle(warm);
    await warm.close();

    const timings = [];
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(base);
      await page.waitForFunction(() => window.__firstChartAt, undefined, { timeout: 30_000, polling: 20 });
      timings.push(await page.evaluate(() => window.__firstChartAt));
      await context.close();
    }
    timings.sort((a, b) => a - b);
    const firstChartMs = Math.round(timings[1]);

    const echartsFetchedBy = {};
    const a11y = {};
    for (const lang of ['en', 'zh']) {
      for (const name of PAGES) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const fetched = [];
        page.on('request', (request) => fetched.push(request.url()));
        await page.goto(`${base}${name}${lang === 'zh' ? '?lang=zh' : ''}`);
        await settle(page);
        echartsFetchedBy[name || 'overview'] = fetched.some((url) => url.includes(sizes.echartsChunk));
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () =>
          (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })),
        );
        a11y[`${name || 'overview'}${lang === 'zh' ? ' (zh)' : ''}`] = violations;
        await context.close();
      }
    }
    const serious = Object.entries(a11y).flatMap(([page, violations]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ page, ...v })));
    const report = {
      measuredAt: new Date().toISOString(),
      // Timings depend on what else the machine is doing: the 1-minute load average when measured, and cores.
      loadAverage: +os.loadavg()[0].toFixed(1),
      cores: os.cpus().length,
      bundle: { ...sizes, initialKb: +sizes.initialKb.toFixed(1), echartsKb: +sizes.echartsKb.toFixed(1), graphiqlKb: +sizes.graphiqlKb.toFixed(1), allAssetsKb: +sizes.allAssetsKb.toFixed(1) },
      echartsFetchedBy,
      firstChartMs,
      firstChartRunsMs: timings.map(Math.round),
      accessibility: {
        seriousOrCritical: serious,
        minorOrModerate: Object.values(a11y)
          .flat()
          .filter((v) => v.impact !== 'serious' && v.impact !== 'critical').length,
      },
      budgets: BUDGETS,
    };
    const failures = [];
    if (report.bundle.initialKb > BUDGETS.initialKb) failures.push(`initial JS+CSS ${report.bundle.initialKb} KB gzip > ${BUDGETS.initialKb}`);
    if (report.bundle.echartsKb > BUDGETS.echartsKb) failures.push(`ECharts chunk ${report.bundle.echartsKb} KB gzip > ${BUDGETS.echartsKb}`);
    if (echartsFetchedBy.cases || echartsFetchedBy.submit || echartsFetchedBy.review) failures.push('a page without a chart fetched ECharts');
    if (firstChartMs > BUDGETS.firstChartMs) failures.push(`first chart after ${firstChartMs} ms > ${BUDGETS.firstChartMs}`);
    if (serious.length > BUDGETS.seriousA11yViolations) failures.push(`${serious.length} serious/critical accessibility violations`);
    fs.writeFileSync(path.join(ROOT, 'docs', 'quality.json'), `${JSON.stringify(report, null, 2)}\n`);

    const row = (label, value, budget) => console.log(`${label.padEnd(44)} ${String(value).padStart(10)}   ${budget}`);
    console.log(`${'measure'.padEnd(44)} ${'value'.padStart(10)}   budget`);
    row('initial JS + CSS of the dashboard (gzip)', `${report.bundle.initialKb} KB`, `≤ ${BUDGETS.initialKb} KB`);
    row('ECharts chunk, loaded by chart pages (gzip)', `${report.bundle.echartsKb} KB`, `≤ ${BUDGETS.echartsKb} KB`);
    row('GraphiQL page (gzip, not loaded by the dashboard)', `${report.bundle.graphiqlKb} KB`, '—');
    row('ECharts fetched by Cases / Submit / Review', `${echartsFetchedBy.cases} / ${echartsFetchedBy.submit} / ${echartsFetchedBy.review}`, 'false / false / false');
    row('first rendered chart (median of 3 cold loads)', `${firstChartMs} ms`, `≤ ${BUDGETS.firstChartMs} ms`);
    row('  (load average, cores)', `${report.loadAverage}, ${report.cores}`, '');
    row(`axe-core serious/critical violations (${PAGES.length * 2} pages)`, serious.length, `${BUDGETS.seriousA11yViolations}`);
    for (const violation of serious) console.log(`  ${violation.page}: ${violation.impact} ${violation.id} (${violation.nodes} nodes): ${violation.help}`);
    if (failures.length) {
      console.error(`\nOver budget: ${failures.join('; ')}`);
      process.exitCode = 1;
    } else console.log('\nEvery budget met (docs/quality.json).');
  } finally {
    await browser.close();
    await stack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
