import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One initiative's progress tally for a city, period and way of counting (with sample values or without),
 * kept up to date by every write that changes a value, a target or the catalogue, in the same transaction
 * (refresh-scores.ts), so that the declaration index reads a row per city and initiative instead of every
 * value and target. Only initiatives with data have a row; `rebuildProgressScores` recomputes them all.
 */
@Entity('progress_score')
// The declaration index reads a period's rows from this index alone; the key serves the writes, which go by city.
@Index('idx_progress_score_period', ['period', 'includeSample', 'cityId', 'initiativeId', 'progressSum', 'indicatorsWithData'])
export class ProgressScore {
  @PrimaryColumn({ name: 'city_id', type: 'varchar', length: 64 })
  cityId: string;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  period: string;

  @PrimaryColumn({ name: 'include_sample', type: 'boolean' })
  includeSample: boolean;

  @PrimaryColumn({ name: 'initiative_id', type: 'varchar', length: 8 })
  initiativeId: string;

  /**
   * The initiative's indicators' progress summed in catalogue order, as the shortest text that reads back as the
   * same double: mysql2 parses a DOUBLE column's text on its own and can miss the last bit (0.3745930163933771
   * for 0.37459301639337705), and the index must be the computed one exactly.
   */
  @Column({ name: 'progress_sum', type: 'varchar', length: 32, transformer: { to: (sum: number) => String(sum), from: (text: string) => Number(text) } })
  progressSum: number;

  @Column({ name: 'indicators_with_data', type: 'integer' })
  indicatorsWithData: number;
}
