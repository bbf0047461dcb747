import { In, type DataSource } from 'typeorm';
import { badUserInput, pageFromRows, pageOf, pageWindow, type Page } from '@ugf/runtime';
import { observationsAsOf, whereObservations } from '../as-of/observations-as-of';
import { countedInSql, countsInAnalytics, type Counting } from '../analytics/counted-values';
import { requireEnrolled } from '../analytics/ranking';
import { Indicator } from '../indicator.entity';
import { Observation } from '../observation.entity';
import { OBSERVATION_PAGE } from '../observation-connection';

/** How much one listing may ask for: the comparison's bounds, without a limit on cities (every enrolled one by default). */
export const TABLE_LIMITS = { indicators: 50, periods: 20 } as const;

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

function bounded(name: keyof typeof TABLE_LIMITS, values: readonly string[]): string[] {
  const unique = [...new Set(values)];
  if (unique.length < 1 || unique.length > TABLE_LIMITS[name]) throw badUserInput(`Give 1 to ${TABLE_LIMITS[name]} ${name}; got ${unique.length}.`, { argument: name });
  return unique;
}

/**
 * The current values of some indicators, totals and every breakdown, for exchange: ordered by city,
 * indicator, period and breakdown, a page at a time (one statement for the page, one for its count). The
 * values counted are the analytics' (counted-values.ts): none rejected, no sample value unless asked for.
 * Values are as stored, each in its own unit multiplier (`attributes.unitMultiplier`).
 */
export async function observationTable(db: DataSource, query: ObservationTableQuery, enrolled: readonly string[], counting: Counting): Promise<Page<Observation>> {
  const codes = bounded('indicators', query.indicatorCodes);
  const found = new Set((await db.getRepository(Indicator).find({ select: { code: true }, where: { code: In(codes) } })).map((indicator) => indicator.code));
  const unknown = codes.filter((code) => !found.has(code));
  if (unknown.length > 0) throw badUserInput(`Unknown indicator code(s): ${unknown.join(', ')}.`, { argument: 'indicatorCodes', unknown });
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
