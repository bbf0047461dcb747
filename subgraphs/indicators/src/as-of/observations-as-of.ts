import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Observation } from '../observation.entity';
import { ObservationRevision } from '../observation-revision.entity';
import { LONG_KEY_LIST } from '@ugf/runtime';

/** Which observations to read: each list narrows the selection, and `breakdown` is one key (null or absent: every breakdown). */
export interface ObservationFilter {
  cityIds?: readonly string[];
  indicatorCodes?: readonly string[];
  periods?: readonly string[];
  breakdown?: string | null;
}

/** The filter as conditions on the observation alias `o`; an empty list selects nothing (SQL has no empty `IN ()`). */
export function whereObservations<T extends object>(builder: SelectQueryBuilder<T>, filter: ObservationFilter): SelectQueryBuilder<T> {
  if ([filter.cityIds, filter.indicatorCodes, filter.periods].some((values) => values?.length === 0)) return builder.andWhere('1 = 0');
  if (filter.cityIds) builder.andWhere('o.city_id IN (:...filterCities)', { filterCities: [...filter.cityIds] });
  if (filter.indicatorCodes) builder.andWhere('o.indicator_code IN (:...filterCodes)', { filterCodes: [...filter.indicatorCodes] });
  if (filter.periods) builder.andWhere('o.period IN (:...filterPeriods)', { filterPeriods: [...filter.periods] });
  if (filter.breakdown != null) builder.andWhere('o.breakdown = :filterBreakdown', { filterBreakdown: filter.breakdown });
  return builder;
}

/** The observations of the filter, by indicator and period, as stored now. */
const selectObservations = (db: DataSource, filter: ObservationFilter) =>
  whereObservations(db.getRepository(Observation).createQueryBuilder('o').where('1 = 1'), filter).orderBy('o.indicator_code').addOrderBy('o.period');

/** An observation as one of its revisions left it: the key of the observation, everything else of the revision. */
export function standingAfter(observation: Observation, revision: ObservationRevision): Observation {
  return Object.assign(new Observation(), observation, {
    value: revision.value,
    attributes: revision.attributes,
    status: revision.status,
    source: revision.source,
    sample: revision.sample,
    citationJson: revision.citationJson,
    flagReason: revision.flagReason,
    note: revision.note,
    revision: revision.revision,
    updatedAt: revision.createdAt,
  });
}

/**
 * The observations of the filter as they stood at `asOf`, each with the revision that was current then
 * (the latest recorded at or before that instant); an observation first recorded later is left out. Two
 * SQL statements whatever the size: the observations, then their revisions up to the instant.
 */
export async function observationsAsOf(db: DataSource, filter: ObservationFilter, asOf: Date): Promise<Observation[]> {
  const [observations, revisions] = await Promise.all([
    selectObservations(db, filter).getMany(),
    whereObservations(db.getRepository(ObservationRevision).createQueryBuilder('r').innerJoin(Observation, 'o', 'o.id = r.observation_id').where('r.created_at <= :asOf', { asOf }), filter)
      .orderBy('r.observation_id')
      .addOrderBy('r.revision')
      .getMany(),
  ]);
  const current = new Map<number, ObservationRevision>();
  for (const revision of revisions) current.set(revision.observationId, revision);
  return observations.flatMap((observation) => {
    const revision = current.get(observation.id);
    return revision ? [standingAfter(observation, revision)] : [];
  });
}

/** A long list of cities on one indicator, period and breakdown is left out of the SQL and kept in memory (LONG_KEY_LIST). */
function withoutLongCityList(filter: ObservationFilter): ObservationFilter | null {
  const slice = filter.indicatorCodes?.length === 1 && filter.periods?.length === 1 && filter.breakdown != null;
  return slice && filter.cityIds && filter.cityIds.length > LONG_KEY_LIST ? { ...filter, cityIds: undefined } : null;
}

/** The observations of the filter now, or as they stood at `asOf`. */
export async function readObservations(db: DataSource, filter: ObservationFilter, asOf: Date | null): Promise<Observation[]> {
  const wholeSlice = withoutLongCityList(filter);
  const read = (selection: ObservationFilter) => (asOf ? observationsAsOf(db, selection, asOf) : selectObservations(db, selection).getMany());
  if (!wholeSlice) return read(filter);
  const asked = new Set(filter.cityIds);
  return (await read(wholeSlice)).filter((row) => asked.has(row.cityId));
}
