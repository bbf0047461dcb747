import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { manyByKey } from '@ugf/shared';
import { ObservationStatus } from '../indicator.enums';
import { Observation } from '../observation.entity';
import { Target } from '../target.entity';

/** The part of an observation that progress needs (of the loader's city and period, never REJECTED). */
export interface ProgressValue {
  indicatorCode: string;
  value: number;
}

/** The part of a target that progress needs. */
export interface ProgressTarget {
  indicatorCode: string;
  baselineValue: number;
  targetValue: number;
}

export interface ProgressLoaders {
  /** Key `cityId|period`: the city's values of that period, REJECTED ones left out. */
  valuesByCityPeriod: DataLoader<string, ProgressValue[]>;
  targetsByCity: DataLoader<string, ProgressTarget[]>;
}

/**
 * Progress over many cities reads only the three columns it uses (from the covering index
 * idx_observation_period_city) and the three of each target, as plain rows: one query each per request,
 * however many cities, without building entities or carrying sources and notes it does not show.
 */
export function createProgressLoaders(db: DataSource): ProgressLoaders {
  return {
    valuesByCityPeriod: new DataLoader(async (keys) => {
      const byPeriod = new Map<string, string[]>();
      for (const key of keys) {
        const [cityId, period] = key.split('|');
        const cityIds = byPeriod.get(period);
        if (cityIds) cityIds.push(cityId);
        else byPeriod.set(period, [cityId]);
      }
      const rows = new Map<string, ProgressValue[]>();
      for (const [period, cityIds] of byPeriod) {
        const raw = await db
          .getRepository(Observation)
          .createQueryBuilder('o')
          .select('o.city_id', 'cityId')
          .addSelect('o.indicator_code', 'indicatorCode')
          .addSelect('o.value', 'value')
          .where('o.period = :period AND o.city_id IN (:...cityIds) AND o.status <> :rejected', { period, cityIds, rejected: ObservationStatus.REJECTED })
          .getRawMany<{ cityId: string; indicatorCode: string; value: string | number }>();
        const perCity = manyByKey(cityIds, raw, (row) => row.cityId);
        cityIds.forEach((cityId, index) =>
          rows.set(`${cityId}|${period}`, perCity[index].map((row) => ({ indicatorCode: row.indicatorCode, value: Number(row.value) }))),
        );
      }
      return keys.map((key) => rows.get(key) ?? []);
    }),
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
