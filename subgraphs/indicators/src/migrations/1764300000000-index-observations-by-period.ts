import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * Cross-city questions for one period (progress, the declaration index, a city's latest values) filter on
 * period and city: without this index they read every period of every city asked about. It also carries
 * what progress reads (indicator, status, value), so the declaration index never touches the table rows.
 */
export class IndexObservationsByPeriod1764300000000 implements MigrationInterface {
  name = 'IndexObservationsByPeriod1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('observation', new TableIndex({ name: 'idx_observation_period_city', columnNames: ['period', 'city_id', 'indicator_code', 'status', 'value'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('observation', 'idx_observation_period_city');
  }
}
