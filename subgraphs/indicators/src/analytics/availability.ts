import type { DataSource } from 'typeorm';
import { Observation } from '../observation.entity';
import { countedInSql, type Counting } from './counted-values';

export interface AvailabilityRow {
  cityId: string;
  indicatorCode: string;
  breakdown: string;
}

/**
 * Every (city, indicator, breakdown) with a counted value in one period, from one SQL statement; at most
 * `limit` rows are read, so that a caller can tell an answer over its bound without reading all of it.
 */
export async function listAvailability(db: DataSource, period: string, cityIds: readonly string[], limit: number, counting: Counting): Promise<AvailabilityRow[]> {
  if (cityIds.length === 0) return [];
  const counted = countedInSql('o', counting, null);
  return db
    .getRepository(Observation)
    .createQueryBuilder('o')
    .select('o.city_id', 'cityId')
    .addSelect('o.indicator_code', 'indicatorCode')
    .addSelect('o.breakdown', 'breakdown')
    .where(`o.period = :period AND o.city_id IN (:...cityIds) AND ${counted.condition}`, { period, cityIds, ...counted.parameters })
    .orderBy('o.city_id')
    .addOrderBy('o.indicator_code')
    .addOrderBy('o.breakdown')
    .limit(limit)
    .getRawMany<AvailabilityRow>();
}
