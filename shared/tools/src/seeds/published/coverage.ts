import type { PublishedRow } from './published-rows';

/** Which cities, indicators and years a set of published values covers, each sorted. */
export function coverageOf(rows: PublishedRow[]): { cities: string[]; indicators: string[]; years: string[] } {
  const distinct = (column: 'city_id' | 'indicator_code' | 'period') => [...new Set(rows.map((row) => row[column]))].sort();
  return { cities: distinct('city_id'), indicators: distinct('indicator_code'), years: distinct('period') };
}
