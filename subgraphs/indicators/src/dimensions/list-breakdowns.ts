import type { DataSource } from 'typeorm';
import { Observation } from '../observation.entity';
import { countedInSql, type Counting } from '../analytics/counted-values';

export interface BreakdownRow {
  breakdown: string;
  cityId: string;
  periods: string[];
}

/** Every (breakdown, city) of an indicator with its periods, from one SQL statement whatever the number of cities and codes. */
export async function listBreakdowns(db: DataSource, indicatorCode: string, cityIds: readonly string[], counting: Counting): Promise<BreakdownRow[]> {
  if (cityIds.length === 0) return [];
  const counted = countedInSql('o', counting, null);
  const raw = await db
    .getRepository(Observation)
    .createQueryBuilder('o')
    .select('o.breakdown', 'breakdown')
    .addSelect('o.city_id', 'cityId')
    .addSelect('o.period', 'period')
    .where(`o.indicator_code = :indicatorCode AND o.city_id IN (:...cityIds) AND ${counted.condition}`, { indicatorCode, cityIds, ...counted.parameters })
    .orderBy('o.breakdown')
    .addOrderBy('o.city_id')
    .addOrderBy('o.period')
    .getRawMany<{ breakdown: string; cityId: string; period: string }>();
  const rows: BreakdownRow[] = [];
  for (const { breakdown, cityId, period } of raw) {
    const last = rows[rows.length - 1];
    if (last && last.breakdown === breakdown && last.cityId === cityId) last.periods.push(period);
    else rows.push({ breakdown, cityId, periods: [period] });
  }
  return rows;
}
