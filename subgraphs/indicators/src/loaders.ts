import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { findByKeys, manyByKey, oneByKey } from '@ugf/runtime';
import { Indicator } from './indicator.entity';
import { Observation } from './observation.entity';
import { TOTAL_KEY } from './dimensions/breakdown-key';
import { FrameworkElement, FrameworkElementIndicator } from './frameworks/framework-element.entity';
import { ReportingCity } from './reporting-city.entity';
import { ObservationRevision } from './observation-revision.entity';
import { Target } from './target.entity';
import { createProgressLoaders, type ProgressLoaders } from './analytics/progress-inputs';
import { createKeptScoresLoader, type KeptScores } from './scores/kept-scores';
import { createHistoryLoaders, type HistoryLoaders } from './history/history-loaders';
import { readObservations } from './as-of/observations-as-of';

/** A city's observations, optionally narrowed to one indicator and/or period. */
export interface ObservationQuery {
  cityId: string;
  indicatorCode?: string;
  period?: string;
  /** Breakdown key; the total when absent. */
  breakdown?: string;
  /** As the observations stood at this instant; now when absent. */
  asOf?: Date | null;
}

export interface IndicatorLoaders extends HistoryLoaders {
  indicator: DataLoader<string, Indicator | null>;
  /** The whole catalogue, loaded at most once per request (key: 'all'). */
  catalogue: DataLoader<'all', Indicator[]>;
  /** Every framework element, in framework order, at most once per request (key: 'all'). */
  frameworkElements: DataLoader<'all', FrameworkElement[]>;
  /** The indicator codes that serve each framework element. */
  elementIndicatorCodes: DataLoader<string, string[]>;
  /** Ids of the cities enrolled for reporting, at most once per request (key: 'all'). */
  enrolledCities: DataLoader<'all', string[]>;
  indicatorsByInitiative: DataLoader<string, Indicator[]>;
  observation: DataLoader<number, Observation | null>;
  observationsByCity: DataLoader<ObservationQuery, Observation[], string>;
  /** Lean inputs of progress and the declaration index. */
  progress: ProgressLoaders;
  /** The progress tallies the write path keeps, for the declaration index now. */
  keptScores: KeptScores;
  targetsByCity: DataLoader<string, Target[]>;
  revisionsByObservation: DataLoader<number, ObservationRevision[]>;
}

const filterKey = (query: ObservationQuery) => JSON.stringify([query.indicatorCode ?? null, query.period ?? null, query.breakdown ?? TOTAL_KEY, query.asOf?.toISOString() ?? null]);
const queryKey = (query: ObservationQuery) => JSON.stringify([query.cityId, filterKey(query)]);

/**
 * Observations for many cities: one query per distinct (indicator, period) filter in the batch, which is
 * one query when a list of cities asks the same question.
 */
async function loadObservations(db: DataSource, queries: readonly ObservationQuery[]): Promise<Observation[][]> {
  const groups = new Map<string, ObservationQuery[]>();
  for (const query of queries) {
    const group = groups.get(filterKey(query));
    if (group) group.push(query);
    else groups.set(filterKey(query), [query]);
  }
  const results = new Map<string, Observation[]>();
  for (const group of groups.values()) {
    const { indicatorCode, period, breakdown, asOf } = group[0];
    const rows = await readObservations(
      db,
      {
        cityIds: group.map((query) => query.cityId),
        breakdown: breakdown ?? TOTAL_KEY,
        ...(indicatorCode === undefined ? {} : { indicatorCodes: [indicatorCode] }),
        ...(period === undefined ? {} : { periods: [period] }),
      },
      asOf ?? null,
    );
    const perCity = manyByKey(
      group.map((query) => query.cityId),
      rows,
      (row) => row.cityId,
    );
    group.forEach((query, index) => results.set(queryKey(query), perCity[index]));
  }
  return queries.map((query) => results.get(queryKey(query)) ?? []);
}

export function createLoaders(db: DataSource): IndicatorLoaders {
  const indicators = db.getRepository(Indicator);
  return {
    ...createHistoryLoaders(db),
    indicator: new DataLoader(async (codes) => oneByKey(codes, await findByKeys(indicators, 'code', codes), (row) => row.code)),
    catalogue: new DataLoader(async (keys) => {
      const all = await indicators.find({ order: { code: 'ASC' } });
      return keys.map(() => all);
    }),
    frameworkElements: new DataLoader(async (keys) => {
      const all = await db.getRepository(FrameworkElement).find({ order: { framework: 'ASC', position: 'ASC' } });
      return keys.map(() => all);
    }),
    elementIndicatorCodes: new DataLoader(async (ids) =>
      manyByKey(ids, await db.getRepository(FrameworkElementIndicator).find({ where: { elementId: In([...ids]) }, order: { indicatorCode: 'ASC' } }), (row) => row.elementId).map((rows) =>
        rows.map((row) => row.indicatorCode),
      ),
    ),
    enrolledCities: new DataLoader(async (keys) => {
      const ids = (await db.getRepository(ReportingCity).find({ order: { cityId: 'ASC' } })).map((city) => city.cityId);
      return keys.map(() => ids);
    }),
    indicatorsByInitiative: new DataLoader(async (ids) => manyByKey(ids, await indicators.find({ where: { initiativeId: In([...ids]) }, order: { code: 'ASC' } }), (row) => row.initiativeId)),
    observation: new DataLoader(async (ids) => oneByKey(ids, await db.getRepository(Observation).findBy({ id: In([...ids]) }), (row) => row.id)),
    progress: createProgressLoaders(db),
    keptScores: createKeptScoresLoader(db),
    observationsByCity: new DataLoader((queries) => loadObservations(db, queries), {
      cacheKeyFn: queryKey,
    }),
    targetsByCity: new DataLoader(async (cityIds) =>
      manyByKey(cityIds, await db.getRepository(Target).find({ where: { cityId: In([...cityIds]) }, order: { indicatorCode: 'ASC' } }), (row) => row.cityId),
    ),
    revisionsByObservation: new DataLoader(async (ids) =>
      manyByKey(ids, await db.getRepository(ObservationRevision).find({ where: { observationId: In([...ids]) }, order: { observationId: 'ASC', revision: 'ASC' } }), (row) => row.observationId),
    ),
  };
}
