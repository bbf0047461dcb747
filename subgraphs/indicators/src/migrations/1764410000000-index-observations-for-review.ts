import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/** The review queue reads the PROVISIONAL values oldest first, a page at a time: a range of this index. */
export class IndexObservationsForReview1764410000000 implements MigrationInterface {
  name = 'IndexObservationsForReview1764410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('observation', new TableIndex({ name: 'idx_observation_status_updated', columnNames: ['status', 'updated_at', 'id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('observation', 'idx_observation_status_updated');
  }
}
