import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { keyAfter, pageFromKeyset, pageSize, type Page } from '@ugf/runtime';
import { observationsAsOf, whereObservations, type ObservationFilter } from '../as-of/observations-as-of';
import { countedInSql, countsInAnalytics, type Counting } from '../analytics/counted-values';
import { requireEnrolled } from '../analytics/ranking';
import { COMPARISON_LIMITS } from '../analytics/comparison';
import { requireIndicators, boundedList } from '../analytics/requested-lists';
import { Observation } from '../observation.entity';
import { OBSERVATION_PAGE } from '../observation-connection';

/** How much one listing may ask for by name: the comparison's bounds (every indicator and enrolled city when none are named). */
export const TABLE_LIMITS = { indicators: COMPARISON_LIMITS.indicators, periods: COMPARISON_LIMITS.periods } as const;

export interface ObservationTableQuery {
  /** The indicators; null for every one. */
  indicatorCodes: readonly string[] | null;
  cityIds: readonly string[] | null;
  periods: readonly string[] | null;
  first: number | null | undefined;
  after: string | null | undefined;
  /** As the values stood at this instant; now when null. */
  asOf: Date | null;
}

/** The listing's order, which its cursors carry: city, indicator, period, breakdown (the observation's unique key). */
const KEY_COLUMNS = ['o.city_id', 'o.indicator_code', 'o.period', 'o.breakdown'] as const;
const keyOf = (row: Observation) => [row.cityId, row.indicatorCode, row.period, row.breakdown] as const;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compareKeys = (a: readonly string[], b: readonly string[]) => a.reduce((order, part, index) => order || compare(part, b[index]), 0);

const bounded = (name: keyof typeof TABLE_LIMITS, values: readonly string[]) => boundedList('A listing of values', name, values, TABLE_LIMITS[name]);

/**
 * Rows after the key in key order: `city > c OR (city = c AND (indicator > i OR …))`, led by `city >= c` so
 * that both databases start the index range at the cursor.
 */
function afterKey(builder: SelectQueryBuilder<Observation>, key: readonly string[]): SelectQueryBuilder<Observation> {
  const parameters = Object.fromEntries(key.map((part, index) => [`key${index}`, part]));
  const nested = KEY_COLUMNS.reduceRight<string>((inner, column, index) => (inner ? `${column} > :key${index} OR (${column} = :key${index} AND (${inner}))` : `${column} > :key${index}`), '');
  return builder.andWhere(`${KEY_COLUMNS[0]} >= :key0 AND (${nested})`, parameters);
}

/**
 * The current values of some indicators (or all), totals and every breakdown, for exchange and the bulk
 * download: in key order, a keyset page at a time, so that the last page of a million values costs what the
 * first does (one statement; one more for the total, only when it is asked for). The values counted are the
 * analytics' (counted-values.ts): none rejected, no sample value unless asked for. Values are as stored,
 * each in its own unit multiplier (`attributes.unitMultiplier`).
 */
export async function observationTable(db: DataSource, query: ObservationTableQuery, enrolled: readonly string[], counting: Counting): Promise<Page<Observation>> {
  const codes = query.indicatorCodes && bounded('indicators', query.indicatorCodes);
  if (codes) await requireIndicators(db, codes);
  if (query.cityIds) requireEnrolled(query.cityIds, enrolled);
  const filter: ObservationFilter = {
    cityIds: query.cityIds ? [...new Set(query.cityIds)] : [...enrolled],
    indicatorCodes: codes ?? undefined,
    periods: query.periods ? bounded('periods', query.periods) : undefined,
  };
  const size = pageSize(query.first, OBSERVATION_PAGE);
  const after = keyAfter(query.after, KEY_COLUMNS.length);
  if (query.asOf) {
    // The revisions current at the instant say each value's status and sample flag: the page is cut in memory.
    const standing = (await observationsAsOf(db, filter, query.asOf)).filter((row) => countsInAnalytics(row, counting));
    const ordered = standing.sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
    const rest = after ? ordered.filter((row) => compareKeys(keyOf(row), after) > 0) : ordered;
    return pageFromKeyset(rest.slice(0, size + 1), size, keyOf, async () => standing.length);
  }
  const counted = countedInSql('o', counting, null);
  const selection = () => whereObservations(db.getRepository(Observation).createQueryBuilder('o').where(counted.condition, counted.parameters), filter);
  const page = KEY_COLUMNS.reduce((builder, column) => builder.addOrderBy(column), after ? afterKey(selection(), after) : selection());
  const rows = await page.limit(size + 1).getMany();
  return pageFromKeyset(rows, size, keyOf, () => selection().getCount());
}
