import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Counting } from '../analytics/counted-values';
import type { ProgressTallies } from '../analytics/progress-summary';

export interface PeriodCounting extends Counting {
  period: string;
}

/** Each city's kept progress tallies of a period and way of counting; a city without a row has no data. */
export type KeptScores = DataLoader<PeriodCounting, ReadonlyMap<string, ProgressTallies>, string>;

type RawScore = { cityId: string; initiativeId: string; progressSum: string; indicatorsWithData: number | string };

/** The tallies the write path keeps (refresh-scores.ts): one statement per period asked for, a row per city and initiative. */
export function createKeptScoresLoader(db: DataSource): KeptScores {
  return new DataLoader<PeriodCounting, ReadonlyMap<string, ProgressTallies>, string>(
    (keys) =>
      Promise.all(
        keys.map(async ({ period, includeSample }) => {
          // A literal, not a parameter: SQLite's driver binds no booleans, and the column holds 0 or 1 on both databases.
          const rows = await db.query<RawScore[]>(
            `SELECT city_id AS cityId, initiative_id AS initiativeId, progress_sum AS progressSum, indicators_with_data AS indicatorsWithData
             FROM progress_score WHERE period = ? AND include_sample = ${includeSample ? 1 : 0}`,
            [period],
          );
          const byCity = new Map<string, Map<string, { sum: number; withData: number }>>();
          for (const row of rows) {
            let tallies = byCity.get(row.cityId);
            if (!tallies) byCity.set(row.cityId, (tallies = new Map<string, { sum: number; withData: number }>()));
            tallies.set(row.initiativeId, { sum: Number(row.progressSum), withData: Number(row.indicatorsWithData) });
          }
          return byCity;
        }),
      ),
    { cacheKeyFn: ({ period, includeSample }) => JSON.stringify([period, includeSample]) },
  );
}
