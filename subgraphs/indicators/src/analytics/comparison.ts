import { In, type DataSource } from 'typeorm';
import { badUserInput } from '@ugf/shared';
import { cityRef } from '../federated-stubs';
import { Indicator } from '../indicator.entity';
import { ObservationStatus } from '../indicator.enums';
import { Observation } from '../observation.entity';
import type { Comparison, ComparisonCell } from './analytics.types';
import { requirePeriod } from '../period';
import { requireEnrolled } from './ranking';
import { minMaxScore } from './statistics';

export const COMPARISON_LIMITS = { cities: 300, indicators: 50, periods: 20 } as const;

function checkSize(name: keyof typeof COMPARISON_LIMITS, values: readonly string[]): string[] {
  const unique = [...new Set(values)];
  if (unique.length < 1 || unique.length > COMPARISON_LIMITS[name]) {
    throw badUserInput(`A comparison takes 1 to ${COMPARISON_LIMITS[name]} ${name}; got ${unique.length}.`, { argument: name });
  }
  return unique;
}

/**
 * The full matrix of cities × indicators × periods from one SQL query for the observations (plus one for
 * the indicators). Scores are min–max per indicator and period over the compared cities with a value.
 */
export async function buildComparison(
  db: DataSource,
  cityIdsIn: string[],
  indicatorCodesIn: string[],
  periodsIn: string[],
  enrolledCities: readonly string[],
): Promise<Comparison> {
  const cityIds = checkSize('cities', cityIdsIn);
  requireEnrolled(cityIds, enrolledCities);
  const codes = checkSize('indicators', indicatorCodesIn);
  const periods = checkSize('periods', periodsIn);
  periods.forEach((period) => requirePeriod(period, 'periods'));
  const indicators = await db.getRepository(Indicator).findBy({ code: In(codes) });
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const unknown = codes.filter((code) => !byCode.has(code));
  if (unknown.length > 0) throw badUserInput(`Unknown indicator code(s): ${unknown.join(', ')}.`, { argument: 'indicatorCodes', unknown });

  const rows = await db.getRepository(Observation).findBy({ cityId: In(cityIds), indicatorCode: In(codes), period: In(periods) });
  const usable = new Map<string, Observation>();
  const range = new Map<string, { min: number; max: number }>();
  for (const row of rows) {
    if (row.status === ObservationStatus.REJECTED) continue;
    usable.set(`${row.cityId}|${row.indicatorCode}|${row.period}`, row);
    const key = `${row.indicatorCode}|${row.period}`;
    const current = range.get(key);
    range.set(key, current ? { min: Math.min(current.min, row.value), max: Math.max(current.max, row.value) } : { min: row.value, max: row.value });
  }

  const cells: ComparisonCell[] = [];
  for (const cityId of cityIds) {
    for (const indicatorCode of codes) {
      const indicator = byCode.get(indicatorCode)!;
      for (const period of periods) {
        const row = usable.get(`${cityId}|${indicatorCode}|${period}`);
        const bounds = range.get(`${indicatorCode}|${period}`);
        cells.push(
          row && bounds
            ? { cityId, indicatorCode, period, value: row.value, score: minMaxScore(row.value, bounds.min, bounds.max, indicator.direction), status: row.status, source: row.source, missing: false }
            : { cityId, indicatorCode, period, value: null, score: null, status: null, source: null, missing: true },
        );
      }
    }
  }
  return { cities: cityIds.map(cityRef), indicators: codes.map((code) => byCode.get(code)!), periods, cells };
}
