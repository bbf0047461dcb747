/**
 * `npm run check:published`: checks the published data set (seeds/published) — citations well formed, every
 * quote stating its number, units agreeing with the indicator, no city, indicator and period claimed twice —
 * and prints what it covers. Exits 1 when a row fails.
 */
import path from 'node:path';
import { publishedCatalogue } from './published-catalogue';
import { checkPublished } from './check-published';
import { AWAITING_INDICATORS, PUBLISHED_OBSERVATIONS, readPublishedRows } from './published-rows';
import { coverageOf } from './coverage';

function main(): void {
  const catalogue = publishedCatalogue();
  let failed = false;
  for (const [file, withIndicators] of [
    [PUBLISHED_OBSERVATIONS, true],
    [AWAITING_INDICATORS, false],
  ] as const) {
    const { header, rows } = readPublishedRows(file);
    const problems = checkPublished(header, rows, withIndicators ? catalogue : { cityIds: catalogue.cityIds });
    const name = path.relative(process.cwd(), file);
    for (const problem of problems) process.stdout.write(`${name} ${problem}\n`);
    failed ||= problems.length > 0;
    const coverage = coverageOf(rows);
    process.stdout.write(`${name}: ${rows.length} values, ${coverage.cities.length} cities, ${coverage.indicators.length} indicators, years ${coverage.years.join(', ')}; ${problems.length} problems\n`);
    if (withIndicators) {
      const unfilled = [...(catalogue.indicatorUnits?.keys() ?? [])].filter((code) => !coverage.indicators.includes(code));
      process.stdout.write(`  catalogue indicators no source filled (${unfilled.length}): ${unfilled.join(', ')}\n`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

main();
