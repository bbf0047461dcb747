import path from 'node:path';
import type { DataSource } from 'typeorm';
import { casesSubgraph } from '@ugf/cases';
import { citiesSubgraph } from '@ugf/cities';
import { indicatorsSubgraph, rebuildProgressScores } from '@ugf/indicators';
import { initiativesSubgraph } from '@ugf/initiatives';
import { createLogger, openDatabase, type Logger, type ServiceName } from '@ugf/runtime';
import { backfillFirstRevisions, bulkInsert } from './bulk-insert';
import {
  BREAKDOWN_OBSERVATION_COLUMNS,
  cityBreakdownObservations,
  cityObservations,
  OBSERVATION_COLUMNS,
  scaleCases,
  scaleCities,
  scaleIndicators,
  sqlDatetime,
  TARGET_COLUMNS,
} from './generate-scale-data';
import type { ScaleOptions } from './scale-options';

export interface ScaleTarget {
  /** Database URL per subgraph; a subgraph without one uses `<dataDir>/<name>.sqlite`. */
  databaseUrls: Partial<Record<ServiceName, string>>;
  dataDir: string;
}

export interface ScaleReport {
  cities: number;
  indicators: number;
  observations: number;
  cases: number;
  seconds: number;
}

type DatabaseConfig = Parameters<typeof openDatabase>[1];

/** Opens each subgraph's database with its own definition (each has its own context type). */
const openers: Record<ServiceName, (config: DatabaseConfig, log: Logger) => Promise<DataSource>> = {
  cities: (config, log) => openDatabase(citiesSubgraph, config, log),
  initiatives: (config, log) => openDatabase(initiativesSubgraph, config, log),
  indicators: (config, log) => openDatabase(indicatorsSubgraph, config, log),
  cases: (config, log) => openDatabase(casesSubgraph, config, log),
};

/** Opens a subgraph's database as the service would: created if missing, migrated and seeded with the reference data. */
async function withDatabase<T>(name: ServiceName, target: ScaleTarget, work: (db: DataSource) => Promise<T>): Promise<T> {
  const log = createLogger(`seed-scale:${name}`, 'warn');
  const config = { databaseUrl: target.databaseUrls[name], sqlitePath: path.join(target.dataDir, `${name}.sqlite`), seed: true, seedSample: true, createDatabase: true };
  const db = await openers[name](config, log);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/**
 * Loads the scale data set into each subgraph's database through multi-row inserts: generated cities
 * (cities), indicators, enrolments, observations with their first revision and targets (indicators), and
 * cases (cases). Existing rows are kept, so a second run with the same options inserts nothing.
 */
export async function loadScaleData(options: ScaleOptions, target: ScaleTarget, progress: (message: string) => void = () => undefined): Promise<ScaleReport> {
  const started = Date.now();
  const cities = scaleCities(options);
  const indicators = scaleIndicators(options);

  await withDatabase('initiatives', target, async () => undefined);
  await withDatabase('cities', target, (db) => bulkInsert(db, cities.generated));
  progress(`cities: ${cities.all.length}`);

  let observations = 0;
  await withDatabase('indicators', target, async (db) => {
    await bulkInsert(db, indicators.generated);
    const enrolled = sqlDatetime(new Date(Date.UTC(2022, 11, 19)));
    await bulkInsert(db, { table: 'reporting_city', columns: ['city_id', 'enrolled_at'], rows: cities.all.map((city) => [city.id, enrolled]) });
    const [{ maxId }] = await db.query<{ maxId: number | string | null }[]>('SELECT MAX(id) AS maxId FROM observation');
    for (const [index, city] of cities.all.entries()) {
      const rows = cityObservations(city, indicators.all, options);
      await bulkInsert(db, { table: 'observation', columns: OBSERVATION_COLUMNS, rows: rows.observations });
      const byBreakdown = cityBreakdownObservations(rows.observations);
      await bulkInsert(db, { table: 'observation', columns: BREAKDOWN_OBSERVATION_COLUMNS, rows: byBreakdown });
      await bulkInsert(db, { table: 'indicator_target', columns: TARGET_COLUMNS, rows: rows.targets });
      observations += rows.observations.length + byBreakdown.length;
      if ((index + 1) % 25 === 0 || index + 1 === cities.all.length) progress(`observations: ${index + 1}/${cities.all.length} cities, ${observations} rows`);
    }
    await backfillFirstRevisions(db, Number(maxId ?? 0));
    progress('revisions: first revision of every new observation');
    // The rows went in past the write path, which keeps the progress scores: they are recomputed as after any bulk load.
    await db.transaction((manager) => rebuildProgressScores(manager));
    progress('progress scores: rebuilt');
  });

  const caseTables = scaleCases(cities.all, indicators.all, options);
  await withDatabase('cases', target, async (db) => {
    for (const table of caseTables) await bulkInsert(db, table);
  });
  progress(`cases: ${caseTables[0].rows.length} generated`);

  return { cities: cities.all.length, indicators: indicators.all.length, observations, cases: caseTables[0].rows.length, seconds: (Date.now() - started) / 1000 };
}
