import type { EntityManager } from 'typeorm';
import { insertRows } from '@ugf/runtime';
import type { ObservationStatus } from '../indicator.enums';
import { TOTAL_KEY } from '../dimensions/breakdown-key';
import { rawBoolean } from '../attributes/raw-attributes';
import { type Counting, countsInAnalytics, targetCounts } from '../analytics/counted-values';
import { tallyCityProgress } from '../analytics/progress';
import { progressTargetOf, progressValueOf, type RawTarget } from '../analytics/progress-inputs';
import type { CatalogueEntry } from '../analytics/progress-summary';
import { ProgressScore } from './progress-score.entity';

/** What a write changed: some periods of a city's values, or every period of it (its targets). */
export interface ScoreScope {
  cityId: string;
  periods: readonly string[] | 'every';
}

/** The scopes of changed values: each city with the periods it had a value written for. */
export function scopesOfValues(values: readonly { cityId: string; period: string }[]): ScoreScope[] {
  return [...groupBy(values, (value) => value.cityId)].map(([cityId, cityValues]) => ({ cityId, periods: [...new Set(cityValues.map((value) => value.period))] }));
}

/** The declaration index is asked for with sample values and without: both are kept. */
const COUNTINGS: readonly Counting[] = [{ includeSample: false }, { includeSample: true }];

/** Cities per statement when every city is rebuilt: a few thousand values each. */
const REBUILD_CHUNK = 20;

type RawValue = { cityId: string; period: string; indicatorCode: string; value: string | number; unitMultiplier: string | number | null; status: ObservationStatus; sample: boolean | number | string };

const marks = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/**
 * On MySQL the inputs are read as the latest committed rows and stay locked until the transaction ends: of two
 * writers of one city's values, the second waits for the first and counts its write (or one is rolled back as a
 * deadlock and run again by writeTransaction), instead of each keeping scores that miss the other's value.
 * SQLite runs one write transaction at a time.
 */
function lockedRead(manager: EntityManager, sql: string): string {
  return manager.connection.driver.options.type === 'better-sqlite3' ? sql : `${sql} LOCK IN SHARE MODE`;
}

/**
 * Makes writers of the same cities' values and targets wait for each other from the start of their transactions
 * (MySQL; SQLite writes one at a time), in city order: otherwise two batches for one city each lock the rows they
 * wrote and then wait for the other's in `refreshProgressScores`, and one is rolled back as a deadlock and run again.
 */
export async function queueWritersOfCities(manager: EntityManager, cityIds: readonly string[]): Promise<void> {
  if (manager.connection.driver.options.type === 'better-sqlite3' || cityIds.length === 0) return;
  const sorted = [...new Set(cityIds)].sort();
  await manager.query(`SELECT city_id FROM reporting_city WHERE city_id IN (${marks(sorted.length)}) ORDER BY city_id FOR UPDATE`, sorted);
}

async function readCatalogue(manager: EntityManager): Promise<CatalogueEntry[]> {
  const rows = await manager.query<{ code: string; initiativeId: string; unitMultiplier: string | number }[]>(
    lockedRead(manager, 'SELECT code, initiative_id AS initiativeId, unit_multiplier AS unitMultiplier FROM indicator ORDER BY code'),
  );
  return rows.map((row) => ({ code: row.code, initiativeId: row.initiativeId, unitMultiplier: Number(row.unitMultiplier) }));
}

function readValues(manager: EntityManager, cityIds: readonly string[], periods: readonly string[] | 'every'): Promise<RawValue[]> {
  const byPeriod = periods === 'every' ? '' : ` AND period IN (${marks(periods.length)})`;
  return manager.query<RawValue[]>(
    lockedRead(
      manager,
      `SELECT city_id AS cityId, period, indicator_code AS indicatorCode, value, unit_multiplier AS unitMultiplier, status, sample FROM observation
       WHERE breakdown = ? AND city_id IN (${marks(cityIds.length)})${byPeriod}`,
    ),
    [TOTAL_KEY, ...cityIds, ...(periods === 'every' ? [] : periods)],
  );
}

function readTargets(manager: EntityManager, cityIds: readonly string[]): Promise<RawTarget[]> {
  return manager.query<RawTarget[]>(
    lockedRead(
      manager,
      `SELECT city_id AS cityId, indicator_code AS indicatorCode, baseline_period AS baselinePeriod, baseline_value AS baselineValue, target_period AS targetPeriod, target_value AS targetValue, sample
       FROM indicator_target WHERE city_id IN (${marks(cityIds.length)})`,
    ),
    [...cityIds],
  );
}

function groupBy<R>(rows: readonly R[], keyOf: (row: R) => string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

/** The score rows of the given cities' periods (each city's periods with values for 'every'), from its values and targets. */
async function computeScores(manager: EntityManager, catalogue: readonly CatalogueEntry[], cityIds: readonly string[], periods: readonly string[] | 'every'): Promise<ProgressScore[]> {
  const [values, targets] = await Promise.all([readValues(manager, cityIds, periods), readTargets(manager, cityIds)]);
  const targetsByCity = groupBy(targets, (row) => row.cityId);
  const rows: ProgressScore[] = [];
  for (const [cityId, cityValues] of groupBy(values, (row) => row.cityId)) {
    const cityTargets = (targetsByCity.get(cityId) ?? []).map(progressTargetOf);
    for (const [period, periodValues] of groupBy(cityValues, (row) => row.period)) {
      const observations = periodValues.map((row) => ({ ...row, sample: rawBoolean(row.sample) }));
      for (const counting of COUNTINGS) {
        const counted = observations.filter((row) => countsInAnalytics(row, counting)).map(progressValueOf);
        const tallies = tallyCityProgress(
          catalogue,
          counted,
          cityTargets.filter((target) => targetCounts(target, counting)),
        );
        for (const [initiativeId, { sum, withData }] of tallies) {
          rows.push(Object.assign(new ProgressScore(), { cityId, period, includeSample: counting.includeSample, initiativeId, progressSum: sum, indicatorsWithData: withData }));
        }
      }
    }
  }
  return rows;
}

/** Replaces the score rows of the cities' periods ('every': all of theirs) with ones computed from what the transaction sees. */
async function replaceScores(manager: EntityManager, catalogue: readonly CatalogueEntry[], cityIds: readonly string[], periods: readonly string[] | 'every'): Promise<void> {
  if (cityIds.length === 0 || periods.length === 0) return;
  const byPeriod = periods === 'every' ? '' : ` AND period IN (${marks(periods.length)})`;
  await manager.query(`DELETE FROM progress_score WHERE city_id IN (${marks(cityIds.length)})${byPeriod}`, [...cityIds, ...(periods === 'every' ? [] : periods)]);
  await insertRows(manager, ProgressScore, await computeScores(manager, catalogue, cityIds, periods));
}

/**
 * Brings the kept scores up to date with a write, inside the write's transaction: the periods of each city it
 * names (every city's listed periods together, so a few statements whatever the batch), then the cities whose
 * targets changed, over all their periods.
 */
export async function refreshProgressScores(manager: EntityManager, scopes: readonly ScoreScope[]): Promise<void> {
  if (scopes.length === 0) return;
  const catalogue = await readCatalogue(manager);
  const everyPeriod = new Set<string>();
  const someCities = new Set<string>();
  const somePeriods = new Set<string>();
  for (const { cityId, periods } of scopes) {
    if (periods === 'every') everyPeriod.add(cityId);
    else {
      someCities.add(cityId);
      for (const period of periods) somePeriods.add(period);
    }
  }
  for (const cityId of everyPeriod) someCities.delete(cityId);
  await replaceScores(manager, catalogue, [...someCities], [...somePeriods]);
  await replaceScores(manager, catalogue, [...everyPeriod], 'every');
}

/** Recomputes every kept score from the values and targets (after a bulk load, a catalogue edit, or by `npm run scores:rebuild`). */
export async function rebuildProgressScores(manager: EntityManager): Promise<void> {
  const catalogue = await readCatalogue(manager);
  const cities = await manager.query<{ cityId: string }[]>('SELECT DISTINCT city_id AS cityId FROM observation ORDER BY city_id');
  // One DELETE for the whole table, which also clears cities left without values; each chunk then only inserts.
  await manager.query('DELETE FROM progress_score');
  for (let start = 0; start < cities.length; start += REBUILD_CHUNK) {
    const chunk = cities.slice(start, start + REBUILD_CHUNK).map((row) => row.cityId);
    await insertRows(manager, ProgressScore, await computeScores(manager, catalogue, chunk, 'every'));
  }
}
