import type { DataSource } from 'typeorm';
import { insertMissing, SEED_AUTHOR, type Logger, type SeedOptions } from '@ugf/runtime';
import { recordFirstRevisions } from '../history/first-revisions';
import { refreshProgressScores } from '../scores/refresh-scores';
import { ATTRIBUTE_COLUMNS } from '../attributes/value-attributes';
import { Indicator } from '../indicator.entity';
import { ObservationStatus } from '../indicator.enums';
import { Observation } from '../observation.entity';
import { ReportingCity } from '../reporting-city.entity';
import { Target } from '../target.entity';
import { readCatalogue } from './catalogue';
import { fillMissingMetadata } from './fill-metadata';
import { FrameworkElement, FrameworkElementIndicator } from '../frameworks/framework-element.entity';
import { buildCrosswalk, readCrosswalkSources } from '../frameworks/crosswalk';
import { syntheticSeries } from './synthetic-series';
import { syntheticBreakdowns } from './synthetic-breakdowns';
import { syntheticAttributes } from './synthetic-attributes';
import { TOTAL_KEY } from '../dimensions/breakdown-key';
import { dimensionRegistry } from '../dimensions/registry';

export const SAMPLE_YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;
export const SYNTHETIC_SOURCE = 'SYNTHETIC SAMPLE DATA generated deterministically by the Urban Governance Federation seed; not official statistics';
/**
 * Loads the indicator catalogue, the reporting cities and the framework crosswalk and, with the sample data,
 * for every city × indicator synthetic sample observations for 2019–2024 with a 2019 baseline and a 2030
 * target. Only missing rows are inserted, so a restart (or a correction made since) is never overwritten, and
 * each new observation, target and indicator gets its first revision.
 */
export async function seedIndicators(db: DataSource, log: Logger, options: SeedOptions): Promise<void> {
  const { indicators, profiles, cities } = readCatalogue();
  const observations: Observation[] = [];
  const targets: Target[] = [];
  for (const indicator of options.sample ? indicators : []) {
    const profile = profiles[indicator.code];
    if (!profile) throw new Error(`seeds/sample-profiles.json has no profile for indicator ${indicator.code}`);
    for (const city of cities) {
      const series = syntheticSeries(city, indicator, profile, SAMPLE_YEARS);
      for (const { year, value } of series.values) {
        observations.push(
          Object.assign(new Observation(), {
            cityId: city.id,
            indicatorCode: indicator.code,
            period: String(year),
            breakdown: TOTAL_KEY,
            value,
            // A sample value is never VERIFIED: nobody checked it against a publication (review-observation.ts).
            status: ObservationStatus.PROVISIONAL,
            source: SYNTHETIC_SOURCE,
            sample: true,
            note: null,
            revision: 1,
            version: 1,
            updatedAt: new Date(Date.UTC(year + 1, 2, 31)),
          }),
        );
      }
      targets.push(
        Object.assign(new Target(), {
          cityId: city.id,
          indicatorCode: indicator.code,
          baselinePeriod: String(series.baseline.year),
          baselineValue: series.baseline.value,
          targetPeriod: String(series.target.year),
          targetValue: series.target.value,
          source: `${SYNTHETIC_SOURCE}; illustrative 2030 target`,
          sample: true,
        }),
      );
    }
  }
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const validValue = (code: string, value: number) => {
    const { validMin, validMax } = byCode.get(code)!;
    return Number(Math.min(validMax ?? Infinity, Math.max(validMin ?? -Infinity, value)).toFixed(profiles[code].decimals));
  };
  const breakdowns = syntheticBreakdowns(observations, dimensionRegistry(), validValue);
  observations.push(...breakdowns.map((row) => Object.assign(new Observation(), row, { source: `${SYNTHETIC_SOURCE}; synthetic breakdown of the synthetic total`, sample: true })));
  syntheticAttributes(observations, validValue).forEach((attributes, index) => (observations[index].attributes = attributes));
  await db.transaction(async (manager) => {
    await insertMissing(
      manager,
      Indicator,
      indicators.map((row) => Object.assign(new Indicator(), row)),
    );
    await insertMissing(
      manager,
      ReportingCity,
      cities.map((city) => Object.assign(new ReportingCity(), { cityId: city.id, enrolledAt: new Date(Date.UTC(2022, 11, 19)) })),
    );
    await insertMissing(manager, Observation, observations);
    await insertMissing(manager, Target, targets);
    const crosswalk = buildCrosswalk(readCrosswalkSources(indicators));
    await insertMissing(
      manager,
      FrameworkElement,
      crosswalk.map(({ indicatorCodes: _codes, ...element }) => Object.assign(new FrameworkElement(), element)),
    );
    await insertMissing(
      manager,
      FrameworkElementIndicator,
      crosswalk.flatMap((element) => element.indicatorCodes.map((indicatorCode) => Object.assign(new FrameworkElementIndicator(), { elementId: element.id, indicatorCode }))),
    );
    await manager.query(
      `INSERT INTO observation_revision (observation_id, revision, value, ${ATTRIBUTE_COLUMNS.join(', ')}, status, source, sample, note, author, author_role, created_at)
       SELECT o.id, o.revision, o.value, ${ATTRIBUTE_COLUMNS.map((column) => `o.${column}`).join(', ')}, o.status, o.source, o.sample, o.note, 'seed', 'seed', o.updated_at FROM observation o
       WHERE NOT EXISTS (SELECT 1 FROM observation_revision r WHERE r.observation_id = o.id)`,
    );
    await recordFirstRevisions(manager, SEED_AUTHOR, new Date());
    await refreshProgressScores(
      manager,
      cities.map((city) => ({ cityId: city.id, periods: 'every' as const })),
    );
  });
  const metadataFilled = await fillMissingMetadata(db, indicators);
  log.info({ indicators: indicators.length, sampleData: options.sample, observations: observations.length, targets: targets.length, metadataFilled }, 'indicators seeded (missing rows inserted)');
}
