import { breakdownKey } from '../dimensions/breakdown-key';
import type { DimensionRegistry } from '../dimensions/registry';
import { seededRandom } from './prng';

/** Which sample totals get synthetic breakdowns, and by what; the indicators must declare the dimensions. */
export const SAMPLE_BREAKDOWNS = [
  { indicatorCode: 'HOTLINE_SATISFACTION_RATE', dimension: 'SEX', spreadPct: 3 },
  { indicatorCode: 'PM25_ANNUAL_MEAN', dimension: 'DISTRICT', spreadPct: 15 },
] as const;

export interface SampleTotal {
  cityId: string;
  indicatorCode: string;
  period: string;
  value: number;
}

/**
 * For each sample total of a listed indicator, one value per code of the dimension (a DISTRICT: the city's
 * own districts), within ±spreadPct of the total, deterministic, made valid and rounded by `valueOf`. Synthetic:
 * the parts do not add up to, or average to, the total.
 */
export function syntheticBreakdowns<T extends SampleTotal>(
  totals: readonly T[],
  registry: DimensionRegistry,
  valueOf: (indicatorCode: string, value: number) => number,
): (T & { breakdown: string })[] {
  const rows: (T & { breakdown: string })[] = [];
  for (const { indicatorCode, dimension, spreadPct } of SAMPLE_BREAKDOWNS) {
    if (!registry.indicatorDimensions(indicatorCode).includes(dimension)) throw new Error(`${indicatorCode} does not declare ${dimension} in seeds/dimensions.json`);
    const codes = registry.dimension(dimension)!.codes;
    for (const total of totals.filter((row) => row.indicatorCode === indicatorCode)) {
      const random = seededRandom(`${total.cityId}|${indicatorCode}|${total.period}|${dimension}`);
      for (const entry of codes.filter((code) => code.cityId === null || code.cityId === total.cityId)) {
        const factor = 1 + ((random() * 2 - 1) * spreadPct) / 100;
        const value = valueOf(indicatorCode, total.value * factor);
        rows.push({ ...total, value, breakdown: breakdownKey([{ dimension, code: entry.code }]) });
      }
    }
  }
  return rows;
}
