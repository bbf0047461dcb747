import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * The change feed finds the revisions recorded after an instant (`changes(since:)`, and the gateway's relay
 * until it has relayed an event), and the data version the latest one at an instant: without an index by time
 * both read every revision (on 1.2 million, 0.2 s for each page of the feed and again for its count).
 */
export class IndexRevisionsByTime1765200000000 implements MigrationInterface {
  name = 'IndexRevisionsByTime1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('observation_revision', new TableIndex({ name: 'idx_revision_created', columnNames: ['created_at'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('observation_revision', 'idx_revision_created');
  }
}
