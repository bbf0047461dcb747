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
import { breakdownInSql, countedNumber, countedValue, countsInAnalytics, type Counting, EVERY_VALUE } from './counted-values';
import type { AttributedValue } from '../attributes/indicator-scale';
import { attributesFromRaw, rawBoolean, type RawAttributes, selectAttributes } from '../attributes/raw-attributes';

export const COMPARISON_LIMITS = { cities: 300, indicators: 50, periods: 20 } as const;

const checkSize = (name: keyof typeof COMPARISON_LIMITS, values: readonly string[]) => boundedList('A comparison', name, values, COMPARISON_LIMITS[name]);

function positions(values: readonly string[]): Map<string, number> {
  return new Map(values.map((value, index) => [value, index]));
}

/** What a cell shows in either form: the value in the indicator's unit multiplier, its status, whether it is a sample. */
interface MatrixValue {
  cityId: string;
  indicatorCode: string;
  period: string;
  value: number;
  status: ObservationStatus;
  sample: boolean;
  /** Read only when the cells form is asked for. */
  detail?: CellDetail;
}

/** What only the cells form shows. */
interface CellDetail {
  source: string;
  citation: string | null;
  attributes: AttributedValue['attributes'];
}

interface RawMatrixValue {
  cityId: string;
  indicatorCode: string;
  period: string;
  value: string | number;
  status: ObservationStatus;
  sample: boolean | number | string;
  unitMultiplier: string | number | null;
}

type RawCellValue = RawMatrixValue & RawAttributes & { source: string; citation: string | null };

/**
 * The cells' candidate values as plain rows of the columns the answer shows (no entities), REJECTED ones left
 * out, in the indicators' unit multipliers; sample values are read too, so that the answer can count those it
 * leaves out. The compact form alone reads 7 columns; the cells form adds the source, citation and attributes
 * (in the largest matrix, 300,000 sources of about 120 characters).
 */
async function matrixValues(
  db: DataSource,
  cityIds: string[],
  byCode: ReadonlyMap<string, Indicator>,
  periods: string[],
  breakdown: string,
  asOf: Date | null,
  detail: boolean,
): Promise<MatrixValue[]> {
  if (asOf) return matrixValuesAsOf(db, cityIds, byCode, periods, breakdown, asOf);
  // Rejected values are left out below, not in SQL: beside the three IN lists, MariaDB 10.11 answers
  // `status <> 'REJECTED'` with a scan of the whole table (523 ms against 89 ms for a 15,000-cell matrix of
  // 1.2 million values, test/bench/results/README.md).
  const counted = breakdownInSql('o', breakdown);
  const codes = [...byCode.keys()];
  const shown = db
    .getRepository(Observation)
    .createQueryBuilder('o')
    .select('o.city_id', 'cityId')
    .addSelect('o.indicator_code', 'indicatorCode')
    .addSelect('o.period', 'period')
    .addSelect('o.value', 'value')
    .addSelect('o.status', 'status')
    .addSelect('o.sample', 'sample');
  // The 7 columns alone are all in idx_observation_period_city, which MariaDB 10.11 then prefers: 79-139 ms for
  // a 15,000-cell matrix against 33-35 ms by the index on indicator and period that the cells' read takes
  // (test/bench/results/README.md). USE INDEX is MySQL's; SQLite is not told.
  const query = detail
    ? selectAttributes(shown.addSelect('o.source', 'source').addSelect('o.citation', 'citation'), 'o')
    : shown.addSelect('o.unit_multiplier', 'unitMultiplier').useIndex('idx_observation_indicator_period');
  const raw = await query
    .where(`o.city_id IN (:...cityIds) AND o.indicator_code IN (:...codes) AND o.period IN (:...periods) AND ${counted.condition}`, {
      cityIds,
      codes,
      periods,
      ...counted.parameters,
    })
    .getRawMany<RawMatrixValue | RawCellValue>();
  const values: MatrixValue[] = [];
  for (const row of raw) {
    const { cityId, indicatorCode, period, status } = row;
    const sample = rawBoolean(row.sample);
    if (!countsInAnalytics({ status, sample }, EVERY_VALUE)) continue;
    const indicator = byCode.get(indicatorCode)!;
    if (!detail) {
      const unitMultiplier = row.unitMultiplier === null ? null : Number(row.unitMultiplier);
      values.push({ cityId, indicatorCode, period, status, sample, value: countedNumber(Number(row.value), unitMultiplier, indicator) });
      continue;
    }
    const full = row as RawCellValue;
    const { value, attributes } = countedValue({ value: Number(full.value), attributes: attributesFromRaw(full) }, indicator);
    values.push({ cityId, indicatorCode, period, status, sample, value, detail: { source: full.source, citation: full.citation, attributes } });
  }
  return values;
}

/** The same candidates as the data stood at `asOf`, from the revisions current then (observations-as-of.ts). */
async function matrixValuesAsOf(db: DataSource, cityIds: string[], byCode: ReadonlyMap<string, Indicator>, periods: string[], breakdown: string, asOf: Date): Promise<MatrixValue[]> {
  const observations = await observationsAsOf(db, { cityIds, indicatorCodes: [...byCode.keys()], periods, breakdown }, asOf);
  return observations
    .filter((row) => countsInAnalytics({ status: row.status, sample: false }, EVERY_VALUE))
    .map((row) => {
      const { cityId, indicatorCode, period, status, source, sample, citationJson } = row;
      const { value, attributes } = countedValue(row, byCode.get(indicatorCode)!);
      return { cityId, indicatorCode, period, status, sample, value, detail: { source, citation: citationJson, attributes } };
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
  { asOf = null, cells: cellsAsked = true }: { asOf?: Date | null; cells?: boolean } = {},
): Promise<Comparison> {
  const cityIds = checkSize('cities', cityIdsIn);
  requireEnrolled(cityIds, enrolledCities);
  const codes = checkSize('indicators', indicatorCodesIn);
  const periods = checkSize('periods', periodsIn);
  const byCode = await requireIndicators(db, codes);

  const candidates = await matrixValues(db, cityIds, byCode, periods, breakdown, asOf, cellsAsked);
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

  const directions = codes.map((code) => byCode.get(code)!.direction);
  const scoreAt = (series: number, row: MatrixValue) => minMaxScore(row.value, min[series], max[series], directions[Math.floor(series / periods.length)]);
  const detailOf = (row: MatrixValue): CellDetail => {
    if (!row.detail) throw new Error('The comparison was read for its compact form only, but its cells were asked for.');
    return row.detail;
  };
  // Each form is built only when it is asked for.
  const cells = (): ComparisonCell[] =>
    Array.from(cellValues, (row, cell) => {
      const series = cell % min.length;
      const cityId = cityIds[Math.floor(cell / min.length)];
      const indicatorCode = codes[Math.floor(series / periods.length)];
      const period = periods[series % periods.length];
      if (!row) return { cityId, indicatorCode, period, value: null, score: null, status: null, source: null, citation: null, sample: null, attributes: null, missing: true };
      const { source, citation, attributes } = detailOf(row);
      return {
        cityId,
        indicatorCode,
        period,
        value: row.value,
        score: scoreAt(series, row),
        status: row.status,
        source,
        citation: citationOf(citation),
        sample: row.sample,
        attributes,
        missing: false,
      };
    });
  const matrix = (): ComparisonMatrix => {
    const value = new Array<number | null>(cellValues.length).fill(null);
    const score = new Array<number | null>(cellValues.length).fill(null);
    const status = new Array<ObservationStatus | null>(cellValues.length).fill(null);
    // One pass over the cells that have a value (forEach skips the others, which stay null).
    cellValues.forEach((row, cell) => {
      if (!row) return;
      value[cell] = row.value;
      score[cell] = scoreAt(cell % min.length, row);
      status[cell] = row.status;
    });
    return { id: ['city', 'indicator', 'period'], size: [cityIds.length, codes.length, periods.length], value, score, status };
  };
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
