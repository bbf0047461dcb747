import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { manyByKey } from '@ugf/runtime';
import { Observation } from '../observation.entity';
import { Target } from '../target.entity';
import { countedInSql, type Counting } from './counted-values';
import { rawBoolean } from '../attributes/raw-attributes';

/** The part of an observation that progress needs (of the loader's city and period, never REJECTED). */
export interface ProgressValue {
  indicatorCode: string;
  value: number;
  /** The value's own unit multiplier; null for the indicator's (progress converts, see progress.ts). */
  unitMultiplier: number | null;
}

/** The part of a target that progress needs. */
export interface ProgressTarget {
  indicatorCode: string;
  baselineValue: number;
  targetValue: number;
  sample: boolean;
}

export interface ProgressLoaders {
  /** The city's values of that period that count in the analytics (counted-values.ts). */
  valuesByCityPeriod: DataLoader<CityPeriod, ProgressValue[], string>;
  targetsByCity: DataLoader<string, ProgressTarget[]>;
}

export interface CityPeriod extends Counting {
  cityId: string;
  period: string;
}

const cityPeriodKey = ({ cityId, period, includeSample }: CityPeriod) => JSON.stringify([cityId, period, includeSample]);
const periodKey = ({ period, includeSample }: CityPeriod) => JSON.stringify([period, includeSample]);

/**
 * Progress over many cities reads only the four columns it uses and the three of each target, as plain rows: one query each per request,
 * however many cities, without building entities or carrying sources and notes it does not show.
 */
export function createProgressLoaders(db: DataSource): ProgressLoaders {
  return {
    valuesByCityPeriod: new DataLoader<CityPeriod, ProgressValue[], string>(
      async (keys) => {
        const byPeriod = new Map<string, { counting: Counting; period: string; cityIds: string[] }>();
        for (const key of keys) {
          const group = byPeriod.get(periodKey(key));
          if (group) group.cityIds.push(key.cityId);
          else byPeriod.set(periodKey(key), { counting: { includeSample: key.includeSample }, period: key.period, cityIds: [key.cityId] });
        }
        const rows = new Map<string, ProgressValue[]>();
        for (const { counting, period, cityIds } of byPeriod.values()) {
          const counted = countedInSql('o', counting);
          const raw = await db
            .getRepository(Observation)
            .createQueryBuilder('o')
            .select('o.city_id', 'cityId')
            .addSelect('o.indicator_code', 'indicatorCode')
            .addSelect('o.value', 'value')
            .addSelect('o.unit_multiplier', 'unitMultiplier')
            .where(`o.period = :period AND o.city_id IN (:...cityIds) AND ${counted.condition}`, { period, cityIds, ...counted.parameters })
            .getRawMany<{ cityId: string; indicatorCode: string; value: string | number; unitMultiplier: string | number | null }>();
          const perCity = manyByKey(cityIds, raw, (row) => row.cityId);
          cityIds.forEach((cityId, index) =>
            rows.set(
              cityPeriodKey({ cityId, period, ...counting }),
              perCity[index].map((row) => ({ indicatorCode: row.indicatorCode, value: Number(row.value), unitMultiplier: row.unitMultiplier === null ? null : Number(row.unitMultiplier) })),
            ),
          );
        }
        return keys.map((key) => rows.get(cityPeriodKey(key)) ?? []);
      },
      { cacheKeyFn: cityPeriodKey },
    ),
    targetsByCity: new DataLoader(async (cityIds) => {
      const raw = await db
        .getRepository(Target)
        .createQueryBuilder('t')
        .select('t.city_id', 'cityId')
        .addSelect('t.indicator_code', 'indicatorCode')
        .addSelect('t.baseline_value', 'baselineValue')
        .addSelect('t.target_value', 'targetValue')
        .addSelect('t.sample', 'sample')
        .where('t.city_id IN (:...cityIds)', { cityIds: [...cityIds] })
        .getRawMany<{ cityId: string; indicatorCode: string; baselineValue: string | number; targetValue: string | number; sample: boolean | number | string }>();
      return manyByKey(cityIds, raw, (row) => row.cityId).map((rows) =>
        rows.map((row) => ({ indicatorCode: row.indicatorCode, baselineValue: Number(row.baselineValue), targetValue: Number(row.targetValue), sample: rawBoolean(row.sample) })),
      );
    }),
  };
}
