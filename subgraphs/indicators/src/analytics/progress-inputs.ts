import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { manyByKey } from '@ugf/runtime';
import { Observation } from '../observation.entity';
import { Target } from '../target.entity';
import { countedInSql } from './counted-values';

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
}

export interface ProgressLoaders {
  /** The city's values of that period that count in the analytics (counted-values.ts). */
  valuesByCityPeriod: DataLoader<CityPeriod, ProgressValue[], string>;
  targetsByCity: DataLoader<string, ProgressTarget[]>;
}

export interface CityPeriod {
  cityId: string;
  period: string;
}

const cityPeriodKey = ({ cityId, period }: CityPeriod) => JSON.stringify([cityId, period]);

/**
 * Progress over many cities reads only the four columns it uses and the three of each target, as plain rows: one query each per request,
 * however many cities, without building entities or carrying sources and notes it does not show.
 */
export function createProgressLoaders(db: DataSource): ProgressLoaders {
  return {
    valuesByCityPeriod: new DataLoader<CityPeriod, ProgressValue[], string>(
      async (keys) => {
        const byPeriod = new Map<string, string[]>();
        for (const { cityId, period } of keys) {
          const cityIds = byPeriod.get(period);
          if (cityIds) cityIds.push(cityId);
          else byPeriod.set(period, [cityId]);
        }
        const rows = new Map<string, ProgressValue[]>();
        const counted = countedInSql('o');
        for (const [period, cityIds] of byPeriod) {
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
              cityPeriodKey({ cityId, period }),
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
        .where('t.city_id IN (:...cityIds)', { cityIds: [...cityIds] })
        .getRawMany<{ cityId: string; indicatorCode: string; baselineValue: string | number; targetValue: string | number }>();
      return manyByKey(cityIds, raw, (row) => row.cityId).map((rows) =>
        rows.map((row) => ({ indicatorCode: row.indicatorCode, baselineValue: Number(row.baselineValue), targetValue: Number(row.targetValue) })),
      );
    }),
  };
}
