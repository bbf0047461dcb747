import type { MixedList } from 'typeorm';
import { City } from '@ugf/cities';
import { BestPracticeCase, CaseInitiative, CaseTag } from '@ugf/cases';
import { Indicator, Observation, ObservationStatus, ProgressScore, ReportingCity, refreshProgressScores } from '@ugf/indicators';
import { createDataSource, type ServiceName } from '@ugf/runtime';
import type { freshDatabases } from './test-database';

type Databases = ReturnType<typeof freshDatabases>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
async function withDatabase(databases: Databases, name: ServiceName, entities: MixedList<Function>, fn: (db: import('typeorm').DataSource) => Promise<void>) {
  const db = createDataSource({ databaseUrl: databases.urlOf(name), sqlitePath: databases.sqlitePath(name), entities, migrations: [] });
  await db.initialize();
  try {
    await db.transaction((manager) => fn(manager.connection));
  } finally {
    await db.destroy();
  }
}

/** The `index`th synthetic test city (from 0), as the cities subgraph stores it. */
export function generatedCity(id: string, index: number): City {
  return Object.assign(new City(), {
    id,
    name: `Test City ${index + 1}`,
    nameZh: `测试城市${index + 1}`,
    province: 'Test Province',
    provinceZh: '测试省',
    region: ['EASTERN', 'CENTRAL', 'WESTERN', 'NORTHEASTERN'][index % 4],
    adminLevel: 'PREFECTURE_LEVEL_CITY',
    isProvincialCapital: false,
    population: 1_000_000 + index * 10_000,
    populationYear: 2020,
    populationBasis: 'RESIDENT',
    populationSource: 'Synthetic test city',
    populationNote: null,
    areaKm2: null,
    areaSource: null,
    peerGroups: [],
  });
}

/**
 * Adds `count` synthetic test cities to a running system's databases, each with the same observations
 * (every indicator, 2019–2024, and one indicator by sex) and one case, written straight into each subgraph's own database.
 */
export async function addGeneratedCities(databases: Databases, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, index) => `test-city-${String(index + 1).padStart(3, '0')}`);
  await withDatabase(databases, 'cities', [City], async (db) => {
    const rows = ids.map(generatedCity);
    await db.createQueryBuilder().insert().into(City).values(rows).updateEntity(false).execute();
  });
  await withDatabase(databases, 'indicators', [Indicator, Observation, ReportingCity, ProgressScore], async (db) => {
    await db
      .createQueryBuilder()
      .insert()
      .into(ReportingCity)
      .values(ids.map((cityId) => ({ cityId, enrolledAt: new Date() })))
      .execute();
    const codes = (await db.getRepository(Indicator).find()).map((indicator) => indicator.code);
    const rows = ids.flatMap((cityId, index) =>
      codes.flatMap((indicatorCode) =>
        [2019, 2020, 2021, 2022, 2023, 2024].map((year) =>
          Object.assign(new Observation(), {
            cityId,
            indicatorCode,
            period: String(year),
            value: 10 + index + (year - 2019),
            status: ObservationStatus.PROVISIONAL,
            source: 'Synthetic test data',
            note: null,
            revision: 1,
            version: 1,
            updatedAt: new Date(Date.UTC(year + 1, 0, 1)),
          }),
        ),
      ),
    );
    // Values by sex of one indicator that declares SEX (seeds/dimensions.json), so that breakdown queries grow with the cities too.
    const bySex = rows
      .filter((row) => row.indicatorCode === 'HOTLINE_SATISFACTION_RATE')
      .flatMap((row) => ['F', 'M'].map((code, offset) => Object.assign(new Observation(), { ...row, breakdown: `SEX=${code}`, value: row.value + offset })));
    rows.push(...bySex);
    for (let start = 0; start < rows.length; start += 500) {
      await db
        .createQueryBuilder()
        .insert()
        .into(Observation)
        .values(rows.slice(start, start + 500))
        .updateEntity(false)
        .execute();
    }
    // Every value has its first revision, as the write path records it, so that as-of answers count them too.
    const columns = 'value, status, source, note, sample, citation, flag_reason, nature, lower_bound, upper_bound, unit_multiplier, series_break, series_break_reason, footnotes';
    await db.query(
      `INSERT INTO observation_revision (observation_id, revision, ${columns}, author, created_at) SELECT id, 1, ${columns}, 'generated-cities', updated_at FROM observation WHERE city_id IN (${ids.map(() => '?').join(', ')})`,
      ids,
    );
    // Written past the write path, so the progress scores it keeps are brought up to date as a bulk load does.
    await db.transaction((manager) =>
      refreshProgressScores(
        manager,
        ids.map((cityId) => ({ cityId, periods: 'every' as const })),
      ),
    );
  });
  await withDatabase(databases, 'cases', [BestPracticeCase, CaseInitiative, CaseTag], async (db) => {
    const cases = ids.map((cityId) =>
      Object.assign(new BestPracticeCase(), {
        id: `${cityId}-case`,
        title: `Test practice of ${cityId}`,
        titleZh: '测试案例',
        summary: 'Synthetic test case.',
        cityId,
        year: 2022,
        outcomes: [],
        sources: [{ title: 'Synthetic test case', publisher: 'test suite' }],
        illustrative: true,
      }),
    );
    await db.createQueryBuilder().insert().into(BestPracticeCase).values(cases).updateEntity(false).execute();
    await db
      .createQueryBuilder()
      .insert()
      .into(CaseInitiative)
      .values(cases.map((item) => ({ caseId: item.id, initiativeId: '6' })))
      .execute();
    await db
      .createQueryBuilder()
      .insert()
      .into(CaseTag)
      .values(cases.map((item) => ({ caseId: item.id, tag: 'test' })))
      .execute();
  });
  return ids;
}
