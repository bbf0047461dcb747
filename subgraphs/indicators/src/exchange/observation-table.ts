import type { DataSource } from 'typeorm';
import { pageFromRows, pageOf, pageWindow, type Page } from '@ugf/runtime';
import { observationsAsOf, whereObservations } from '../as-of/observations-as-of';
import { countedInSql, countsInAnalytics, type Counting } from '../analytics/counted-values';
import { requireEnrolled } from '../analytics/ranking';
import { COMPARISON_LIMITS } from '../analytics/comparison';
import { requireIndicators, boundedList } from '../analytics/requested-lists';
import { Observation } from '../observation.entity';
import { OBSERVATION_PAGE } from '../observation-connection';

/** How much one listing may ask for: the comparison's bounds, without a limit on cities (every enrolled one by default). */
export const TABLE_LIMITS = { indicators: COMPARISON_LIMITS.indicators, periods: COMPARISON_LIMITS.periods } as const;

export interface ObservationTableQuery {
  indicatorCodes: readonly string[];
  cityIds: readonly string[] | null;
  periods: readonly string[] | null;
  first: number | null | undefined;
  after: string | null | undefined;
  /** As the values stood at this instant; now when null. */
  asOf: Date | null;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The listing's order: city, indicator, period, breakdown (as the databases sort these ASCII keys). */
const byKey = (a: Observation, b: Observation) => compare(a.cityId, b.cityId) || compare(a.indicatorCode, b.indicatorCode) || compare(a.period, b.period) || compare(a.breakdown, b.breakdown);

const bounded = (name: keyof typeof TABLE_LIMITS, values: readonly string[]) => boundedList('A listing of values', name, values, TABLE_LIMITS[name]);

/**
 * The current values of some indicators, totals and every breakdown, for exchange: ordered by city,
 * indicator, period and breakdown, a page at a time (one statement for the page, one for its count). The
 * values counted are the analytics' (counted-values.ts): none rejected, no sample value unless asked for.
 * Values are as stored, each in its own unit multiplier (`attributes.unitMultiplier`).
 */
export async function observationTable(db: DataSource, query: ObservationTableQuery, enrolled: readonly string[], counting: Counting): Promise<Page<Observation>> {
  const codes = bounded('indicators', query.indicatorCodes);
  await requireIndicators(db, codes);
  if (query.cityIds) requireEnrolled(query.cityIds, enrolled);
  const periods = query.periods && bounded('periods', query.periods);
  const cityIds = query.cityIds ? [...new Set(query.cityIds)] : [...enrolled];
  if (query.asOf) {
    // The revisions current at the instant say each value's status and sample flag: the page is cut in memory.
    const standing = await observationsAsOf(db, { cityIds, indicatorCodes: codes, periods: periods ?? undefined }, query.asOf);
    const counted = standing.filter((row) => countsInAnalytics(row, counting)).sort(byKey);
    return pageOf(counted, query.first, query.after, OBSERVATION_PAGE);
  }
  const window = pageWindow(query.first, query.after, OBSERVATION_PAGE);
  const counted = countedInSql('o', counting, null);
  const builder = whereObservations(db.getRepository(Observation).createQueryBuilder('o').where(counted.condition, counted.parameters), {
    cityIds,
    indicatorCodes: codes,
    periods: periods ?? undefined,
  })
    .orderBy('o.city_id')
    .addOrderBy('o.indicator_code')
    .addOrderBy('o.period')
    .addOrderBy('o.breakdown');
  const [nodes, total] = await builder.skip(window.offset).take(window.size).getManyAndCount();
  return pageFromRows(nodes, total, window);
}
