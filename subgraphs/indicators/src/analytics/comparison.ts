import type { DataSource } from 'typeorm';
import { citationOf } from '../citation/citation-rules';
import { observationsAsOf } from '../as-of/observations-as-of';
import { cityRef } from '../federated-stubs';
import { Indicator } from '../indicator.entity';
import { ObservationStatus } from '../indicator.enums';
import { Observation } from '../observation.entity';
import type { Comparison, ComparisonCell, ComparisonMatrix } from './analytics.types';
import { requireEnrolled } from './ranking';
import { boundedList, requireIndicators } from './requested-lists';
import { minMaxScore } from './statistics';
import { breakdownInSql, countedValue, countsInAnalytics, type Counting, EVERY_VALUE } from './counted-values';
import type { AttributedValue } from '../attributes/indicator-scale';
import { attributesFromRaw, rawBoolean, type RawAttributes, selectAttributes } from '../attributes/raw-attributes';

export const COMPARISON_LIMITS = { cities: 300, indicators: 50, periods: 20 } as const;

const checkSize = (name: keyof typeof COMPARISON_LIMITS, values: readonly string[]) => boundedList('A comparison', name, values, COMPARISON_LIMITS[name]);

function positions(values: readonly string[]): Map<string, number> {
  return new Map(values.map((value, index) => [value, index]));
}

interface MatrixValue extends AttributedValue {
  cityId: string;
  indicatorCode: string;
  period: string;
  status: ObservationStatus;
  source: string;
  citation: string | null;
  sample: boolean;
}

type RawMatrixValue = Omit<MatrixValue, 'value' | 'attributes' | 'sample'> & RawAttributes & { value: string | number; sample: boolean | number | string };

/**
 * The cells' candidate values as plain rows of the columns a cell shows (no entities), REJECTED ones left
 * out, in the indicators' unit multipliers; sample values are read too, so that the answer can count those it leaves out.
 */
async function matrixValues(db: DataSource, cityIds: string[], byCode: ReadonlyMap<string, Indicator>, periods: string[], breakdown: string, asOf: Date | null): Promise<MatrixValue[]> {
  if (asOf) return matrixValuesAsOf(db, cityIds, byCode, periods, breakdown, asOf);
  // Rejected values are left out below, not in SQL: beside the three IN lists, MariaDB 10.11 answers
  // `status <> 'REJECTED'` with a scan of the whole table (523 ms against 89 ms for a 15,000-cell matrix of
  // 1.2 million values, test/bench/results/README.md).
  const counted = breakdownInSql('o', breakdown);
  const codes = [...byCode.keys()];
  const query = db
    .getRepository(Observation)
    .createQueryBuilder('o')
    .select('o.city_id', 'cityId')
    .addSelect('o.indicator_code', 'indicatorCode')
    .addSelect('o.period', 'period')
    .addSelect('o.value', 'value')
    .addSelect('o.status', 'status')
    .addSelect('o.source', 'source')
    .addSelect('o.citation', 'citation')
    .addSelect('o.sample', 'sample');
  const raw = await selectAttributes(query, 'o')
    .where(`o.city_id IN (:...cityIds) AND o.indicator_code IN (:...codes) AND o.period IN (:...periods) AND ${counted.condition}`, {
      cityIds,
      codes,
      periods,
      ...counted.parameters,
    })
    .getRawMany<RawMatrixValue>();
  return raw
    .map((row) => {
      const { cityId, indicatorCode, period, status, source, citation } = row;
      const sample = rawBoolean(row.sample);
      return { cityId, indicatorCode, period, status, source, citation, sample, ...countedValue({ value: Number(row.value), attributes: attributesFromRaw(row) }, byCode.get(indicatorCode)!) };
    })
    .filter((row) => countsInAnalytics(row, EVERY_VALUE));
}

/** The same candidates as the data stood at `asOf`, from the revisions current then (observations-as-of.ts). */
async function matrixValuesAsOf(db: DataSource, cityIds: string[], byCode: ReadonlyMap<string, Indicator>, periods: string[], breakdown: string, asOf: Date): Promise<MatrixValue[]> {
  const observations = await observationsAsOf(db, { cityIds, indicatorCodes: [...byCode.keys()], periods, breakdown }, asOf);
  return observations
    .filter((row) => countsInAnalytics({ status: row.status, sample: false }, EVERY_VALUE))
    .map((row) => {
      const { cityId, indicatorCode, period, status, source, sample, citationJson } = row;
      return { cityId, indicatorCode, period, status, source, citation: citationJson, sample, ...countedValue(row, byCode.get(indicatorCode)!) };
    });
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
  breakdown: string,
  counting: Counting,
  asOf: Date | null = null,
): Promise<Comparison> {
  const cityIds = checkSize('cities', cityIdsIn);
  requireEnrolled(cityIds, enrolledCities);
  const codes = checkSize('indicators', indicatorCodesIn);
  const periods = checkSize('periods', periodsIn);
  const byCode = await requireIndicators(db, codes);

  const candidates = await matrixValues(db, cityIds, byCode, periods, breakdown, asOf);
  const rows = candidates.filter((row) => countsInAnalytics(row, counting));
  // Positions instead of string keys: the largest matrix has 300,000 cells.
  const cityAt = positions(cityIds);
  const codeAt = positions(codes);
  const periodAt = positions(periods);
  const cellValues = new Array<MatrixValue | undefined>(cityIds.length * codes.length * periods.length);
  const min = new Float64Array(codes.length * periods.length).fill(Infinity);
  const max = new Float64Array(codes.length * periods.length).fill(-Infinity);
  for (const row of rows) {
    const city = cityAt.get(row.cityId);
    const code = codeAt.get(row.indicatorCode);
    const periodIndex = periodAt.get(row.period);
    if (city === undefined || code === undefined || periodIndex === undefined) continue;
    const series = code * periods.length + periodIndex;
    cellValues[city * min.length + series] = row;
    min[series] = Math.min(min[series], row.value);
    max[series] = Math.max(max[series], row.value);
  }

  const scoreAt = (series: number, row: MatrixValue) => minMaxScore(row.value, min[series], max[series], byCode.get(codes[Math.floor(series / periods.length)])!.direction);
  // Each form is built only when it is asked for.
  const cells = (): ComparisonCell[] =>
    Array.from(cellValues, (row, cell) => {
      const series = cell % min.length;
      const cityId = cityIds[Math.floor(cell / min.length)];
      const indicatorCode = codes[Math.floor(series / periods.length)];
      const period = periods[series % periods.length];
      return row
        ? {
            cityId,
            indicatorCode,
            period,
            value: row.value,
            score: scoreAt(series, row),
            status: row.status,
            source: row.source,
            citation: citationOf(row.citation),
            sample: row.sample,
            attributes: row.attributes,
            missing: false,
          }
        : { cityId, indicatorCode, period, value: null, score: null, status: null, source: null, citation: null, sample: null, attributes: null, missing: true };
    });
  const matrix = (): ComparisonMatrix => ({
    id: ['city', 'indicator', 'period'],
    size: [cityIds.length, codes.length, periods.length],
    value: Array.from(cellValues, (row) => row?.value ?? null),
    score: Array.from(cellValues, (row, cell) => (row ? scoreAt(cell % min.length, row) : null)),
    status: Array.from(cellValues, (row) => row?.status ?? null),
  });
  return {
    cities: cityIds.map(cityRef),
    indicators: codes.map((code) => byCode.get(code)!),
    periods,
    get cells() {
      return cells();
    },
    get matrix() {
      return matrix();
    },
    includesSample: counting.includeSample,
    sampleValuesLeftOut: candidates.length - rows.length,
  };
}
