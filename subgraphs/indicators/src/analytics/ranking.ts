import type { DataSource } from 'typeorm';
import { readObservations } from '../as-of/observations-as-of';
import { badUserInput } from '@ugf/runtime';
import { cityRef } from '../federated-stubs';
import { Indicator } from '../indicator.entity';
import type { Ranking } from './analytics.types';
import { competitionRanks, distribution, minMaxScore } from './statistics';
import { countedValue, countsInAnalytics, type Counting, leftOutAsSample } from './counted-values';
import { rankRanges } from './rank-ranges';
import { citationOf } from '../citation/citation-rules';

export const MAX_RANKED_CITIES = 1000;

/** City ids must be enrolled: a typo is an error, not a city silently "missing" everywhere. */
export function requireEnrolled(cityIds: readonly string[], enrolled: readonly string[], argument = 'cityIds'): void {
  const known = new Set(enrolled);
  const unknown = [...new Set(cityIds)].filter((id) => !known.has(id));
  if (unknown.length > 0) throw badUserInput(`Unknown or not enrolled city id(s): ${unknown.join(', ')}.`, { argument, unknown });
}

/**
 * Ranks the given cities (default: every enrolled city) on one indicator and period, in two SQL
 * statements besides the enrolled-city list: the indicator and the observations. Values are compared in
 * the indicator's unit multiplier; the rank ranges take the values' bounds (rank-ranges.ts).
 */
export async function buildRanking(
  db: DataSource,
  indicatorCode: string,
  period: string,
  cityIds: string[],
  breakdown: string,
  counting: Counting,
  asOf: Date | null = null,
): Promise<Omit<Ranking, 'breakdown'> | null> {
  if (cityIds.length > MAX_RANKED_CITIES) throw badUserInput(`A ranking takes at most ${MAX_RANKED_CITIES} cities.`, { argument: 'cityIds' });
  const indicator = await db.getRepository(Indicator).findOneBy({ code: indicatorCode });
  if (!indicator) return null;
  const rows = cityIds.length === 0 ? [] : await readObservations(db, { indicatorCodes: [indicatorCode], periods: [period], breakdown, cityIds }, asOf);
  const usable = rows
    .filter((row) => countsInAnalytics(row, counting))
    .sort((a, b) => a.cityId.localeCompare(b.cityId))
    .map((row) => ({ row, ...countedValue(row, indicator) }));
  const values = usable.map(({ value }) => value);
  const stats = distribution(values);
  const ranks = competitionRanks(values, indicator.direction);
  const ranges = rankRanges(
    usable.map(({ value, attributes }) => ({ lower: attributes.lowerBound ?? value, upper: attributes.upperBound ?? value })),
    indicator.direction,
  );
  const entries = usable
    .map(({ row, value, attributes }, index) => ({
      rank: ranks[index],
      rankRange: { best: ranges[index].best, worst: ranges[index].worst },
      statisticallyTied: ranges[index].statisticallyTied,
      city: cityRef(row.cityId),
      value,
      attributes,
      unit: indicator.unit,
      status: row.status,
      source: row.source,
      citation: citationOf(row.citationJson),
      sample: row.sample,
      score: minMaxScore(value, stats!.min, stats!.max, indicator.direction),
    }))
    .sort((a, b) => a.rank - b.rank || a.city.id.localeCompare(b.city.id));
  const ranked = new Set(usable.map(({ row }) => row.cityId));
  return {
    indicator,
    period,
    entries,
    missing: [...new Set(cityIds)]
      .filter((id) => !ranked.has(id))
      .sort()
      .map(cityRef),
    statistics: stats,
    includesSample: counting.includeSample,
    sampleValuesLeftOut: rows.filter((row) => leftOutAsSample(row, counting)).length,
  };
}
