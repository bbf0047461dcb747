import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { manyByKey, SEED_AUTHOR } from '@ugf/runtime';
import { Observation } from '../observation.entity';
import { Target } from '../target.entity';
import { observationsAsOf } from '../as-of/observations-as-of';
import { TOTAL_KEY } from '../dimensions/breakdown-key';
import { targetKey } from '../history/history-content';
import { type TargetContent, TargetRevision } from '../history/target-revision.entity';
import { countedInSql, countsInAnalytics, type Counting } from './counted-values';
import { rawBoolean } from '../attributes/raw-attributes';

/** The part of an observation that progress needs (of the loader's city and period, never REJECTED). */
export interface ProgressValue {
  indicatorCode: string;
  value: number;
  /** The value's own unit multiplier; null for the indicator's (progress converts, see progress.ts). */
  unitMultiplier: number | null;
}

/** The part of a target that progress and series need. */
export interface ProgressTarget {
  indicatorCode: string;
  baselinePeriod: string;
  baselineValue: number;
  targetPeriod: string;
  targetValue: number;
  sample: boolean;
}

export interface ProgressLoaders {
  /** The city's values of that period that count in the analytics (counted-values.ts), now or as they stood at `asOf`. */
  valuesByCityPeriod: DataLoader<CityPeriod, ProgressValue[], string>;
  /** The city's targets, now or as they stood at `asOf`. */
  targetsByCity: DataLoader<CityAsOf, ProgressTarget[], string>;
}

export interface CityAsOf {
  cityId: string;
  /** As the data stood at this instant; now when null. */
  asOf: Date | null;
}

export interface CityPeriod extends Counting, CityAsOf {
  period: string;
}

const instant = (asOf: Date | null) => asOf?.toISOString() ?? null;
const cityPeriodKey = ({ cityId, period, includeSample, asOf }: CityPeriod) => JSON.stringify([cityId, period, includeSample, instant(asOf)]);
const periodKey = ({ period, includeSample, asOf }: CityPeriod) => JSON.stringify([period, includeSample, instant(asOf)]);
const cityAsOfKey = ({ cityId, asOf }: CityAsOf) => JSON.stringify([cityId, instant(asOf)]);

type RawValue = { cityId: string; indicatorCode: string; value: string | number; unitMultiplier: string | number | null };
/** A target's row as read by SQL: DECIMAL as text, the flag as the engine gives it. */
export type RawTarget = {
  cityId: string;
  indicatorCode: string;
  baselinePeriod: string;
  baselineValue: string | number;
  targetPeriod: string;
  targetValue: string | number;
  sample: boolean | number | string;
};

/** A value's row as progress uses it: the DECIMAL text and the multiplier as numbers. */
export function progressValueOf(row: Pick<RawValue, 'indicatorCode' | 'value' | 'unitMultiplier'>): ProgressValue {
  return { indicatorCode: row.indicatorCode, value: Number(row.value), unitMultiplier: row.unitMultiplier === null ? null : Number(row.unitMultiplier) };
}

/** A target's row as progress and series use it. */
export function progressTargetOf(row: RawTarget): ProgressTarget {
  return {
    indicatorCode: row.indicatorCode,
    baselinePeriod: row.baselinePeriod,
    baselineValue: Number(row.baselineValue),
    targetPeriod: row.targetPeriod,
    targetValue: Number(row.targetValue),
    sample: rawBoolean(row.sample),
  };
}

/** The counted values of a period's cities now: the four columns progress uses, as plain rows. */
function currentValues(db: DataSource, period: string, cityIds: string[], counting: Counting): Promise<RawValue[]> {
  const counted = countedInSql('o', counting);
  return db
    .getRepository(Observation)
    .createQueryBuilder('o')
    .select('o.city_id', 'cityId')
    .addSelect('o.indicator_code', 'indicatorCode')
    .addSelect('o.value', 'value')
    .addSelect('o.unit_multiplier', 'unitMultiplier')
    .where(`o.period = :period AND o.city_id IN (:...cityIds) AND ${counted.condition}`, { period, cityIds, ...counted.parameters })
    .getRawMany<RawValue>();
}

/** The same values as the revisions current at `asOf` left them (observations-as-of.ts). */
async function valuesAsOf(db: DataSource, period: string, cityIds: string[], counting: Counting, asOf: Date): Promise<RawValue[]> {
  const standing = await observationsAsOf(db, { cityIds, periods: [period], breakdown: TOTAL_KEY }, asOf);
  return standing
    .filter((row) => countsInAnalytics(row, counting))
    .map((row) => ({ cityId: row.cityId, indicatorCode: row.indicatorCode, value: row.value, unitMultiplier: row.attributes.unitMultiplier }));
}

/** The cities' targets now: baseline, target and the sample flag. */
function currentTargets(db: DataSource, cityIds: string[]): Promise<RawTarget[]> {
  return db
    .getRepository(Target)
    .createQueryBuilder('t')
    .select('t.city_id', 'cityId')
    .addSelect('t.indicator_code', 'indicatorCode')
    .addSelect('t.baseline_period', 'baselinePeriod')
    .addSelect('t.baseline_value', 'baselineValue')
    .addSelect('t.target_period', 'targetPeriod')
    .addSelect('t.target_value', 'targetValue')
    .addSelect('t.sample', 'sample')
    .where('t.city_id IN (:...cityIds)', { cityIds })
    .getRawMany<RawTarget>();
}

/**
 * The cities' targets as their revisions current at `asOf` set them (a target first set later is left out),
 * in one statement. Only a seeded target is a sample, and `setTarget` replaces it with one that is not: a
 * revision still current has the target's flag, an earlier one is a sample when the seed wrote it.
 */
async function targetsAsOf(db: DataSource, cityIds: string[], asOf: Date): Promise<RawTarget[]> {
  const revisions = await db
    .getRepository(TargetRevision)
    .createQueryBuilder('r')
    .innerJoin(Target, 't', 't.city_id = r.city_id AND t.indicator_code = r.indicator_code')
    .select('r.city_id', 'cityId')
    .addSelect('r.indicator_code', 'indicatorCode')
    .addSelect('r.content', 'content')
    .addSelect('r.revision', 'revision')
    .addSelect('r.author', 'author')
    .addSelect('t.revision', 'currentRevision')
    .addSelect('t.sample', 'sample')
    .where('r.city_id IN (:...cityIds) AND r.created_at <= :asOf', { cityIds, asOf })
    .orderBy('r.revision')
    .getRawMany<{ cityId: string; indicatorCode: string; content: string; revision: number | string; author: string; currentRevision: number | string; sample: boolean | number | string }>();
  const current = new Map<string, RawTarget>();
  for (const row of revisions) {
    const sample = Number(row.revision) === Number(row.currentRevision) ? row.sample : row.author === SEED_AUTHOR;
    current.set(targetKey(row), { cityId: row.cityId, indicatorCode: row.indicatorCode, ...(JSON.parse(row.content) as TargetContent), sample });
  }
  return [...current.values()];
}

/**
 * Progress over many cities reads only the four columns it uses and the five of each target, as plain rows: one query each per request,
 * however many cities, without building entities or carrying sources and notes it does not show.
 */
export function createProgressLoaders(db: DataSource): ProgressLoaders {
  return {
    valuesByCityPeriod: new DataLoader<CityPeriod, ProgressValue[], string>(
      async (keys) => {
        const byPeriod = new Map<string, { counting: Counting; period: string; asOf: Date | null; cityIds: string[] }>();
        for (const key of keys) {
          const group = byPeriod.get(periodKey(key));
          if (group) group.cityIds.push(key.cityId);
          else byPeriod.set(periodKey(key), { counting: { includeSample: key.includeSample }, period: key.period, asOf: key.asOf, cityIds: [key.cityId] });
        }
        const rows = new Map<string, ProgressValue[]>();
        for (const { counting, period, asOf, cityIds } of byPeriod.values()) {
          const raw = asOf ? await valuesAsOf(db, period, cityIds, counting, asOf) : await currentValues(db, period, cityIds, counting);
          const perCity = manyByKey(cityIds, raw, (row) => row.cityId);
          cityIds.forEach((cityId, index) => rows.set(cityPeriodKey({ cityId, period, asOf, ...counting }), perCity[index].map(progressValueOf)));
        }
        return keys.map((key) => rows.get(cityPeriodKey(key)) ?? []);
      },
      { cacheKeyFn: cityPeriodKey },
    ),
    targetsByCity: new DataLoader<CityAsOf, ProgressTarget[], string>(
      async (keys) => {
        const byInstant = new Map<string | null, { asOf: Date | null; cityIds: string[] }>();
        for (const key of keys) {
          const group = byInstant.get(instant(key.asOf));
          if (group) group.cityIds.push(key.cityId);
          else byInstant.set(instant(key.asOf), { asOf: key.asOf, cityIds: [key.cityId] });
        }
        const rows = new Map<string, ProgressTarget[]>();
        for (const { asOf, cityIds } of byInstant.values()) {
          const raw = asOf ? await targetsAsOf(db, cityIds, asOf) : await currentTargets(db, cityIds);
          manyByKey(cityIds, raw, (row) => row.cityId).forEach((targets, index) => rows.set(cityAsOfKey({ cityId: cityIds[index], asOf }), targets.map(progressTargetOf)));
        }
        return keys.map((key) => rows.get(cityAsOfKey(key)) ?? []);
      },
      { cacheKeyFn: cityAsOfKey },
    ),
  };
}
