import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { rebuildProgressScores } from '../scores/refresh-scores';

/**
 * The progress tallies the write path keeps (scores/progress-score.entity.ts), filled from the values and
 * targets already there: the declaration index of 300 cities read 120,000 values and targets per request.
 */
export class KeepProgressScores1765300000000 implements MigrationInterface {
  name = 'KeepProgressScores1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'progress_score',
        columns: [
          { name: 'city_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'period', type: 'varchar', length: '7', isPrimary: true },
          { name: 'include_sample', type: 'boolean', isPrimary: true },
          { name: 'initiative_id', type: 'varchar', length: '8', isPrimary: true },
          { name: 'progress_sum', type: 'varchar', length: '32' },
          { name: 'indicators_with_data', type: 'integer' },
        ],
        indices: [new TableIndex({ name: 'idx_progress_score_period', columnNames: ['period', 'include_sample', 'city_id', 'initiative_id', 'progress_sum', 'indicators_with_data'] })],
      }),
    );
    await rebuildProgressScores(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('progress_score');
  }
}
