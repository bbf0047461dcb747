import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * Observations get a breakdown (disaggregation) key: empty for the total, so every existing row is a total
 * with its id, values and revisions unchanged. The unique key and the cross-city index take the breakdown.
 */
export class AddObservationBreakdown1764500000000 implements MigrationInterface {
  name = 'AddObservationBreakdown1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('observation', new TableColumn({ name: 'breakdown', type: 'varchar', length: '255', isNullable: false, default: "''" }));
    await queryRunner.dropIndex('observation', 'uq_observation_city_indicator_period');
    await queryRunner.createIndex('observation', new TableIndex({ name: 'uq_observation_key', columnNames: ['city_id', 'indicator_code', 'period', 'breakdown'], isUnique: true }));
    await queryRunner.dropIndex('observation', 'idx_observation_period_city');
    await queryRunner.createIndex('observation', new TableIndex({ name: 'idx_observation_period_city', columnNames: ['period', 'city_id', 'indicator_code', 'breakdown', 'status', 'value'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM observation_revision WHERE observation_id IN (SELECT id FROM observation WHERE breakdown <> '')`);
    await queryRunner.query(`DELETE FROM observation WHERE breakdown <> ''`);
    await queryRunner.dropIndex('observation', 'idx_observation_period_city');
    await queryRunner.createIndex('observation', new TableIndex({ name: 'idx_observation_period_city', columnNames: ['period', 'city_id', 'indicator_code', 'status', 'value'] }));
    await queryRunner.dropIndex('observation', 'uq_observation_key');
    await queryRunner.createIndex('observation', new TableIndex({ name: 'uq_observation_city_indicator_period', columnNames: ['city_id', 'indicator_code', 'period'], isUnique: true }));
    await queryRunner.dropColumn('observation', 'breakdown');
  }
}
