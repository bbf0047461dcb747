import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';

export class AddSubmissions1764100000000 implements MigrationInterface {
  name = 'AddSubmissions1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'submission',
        columns: [
          { name: 'author', type: 'varchar', length: '128', isPrimary: true },
          { name: 'idempotency_key', type: 'varchar', length: '100', isPrimary: true },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'created', type: 'integer' },
          { name: 'corrected', type: 'integer' },
          { name: 'unchanged', type: 'integer' },
          { name: 'flagged', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'submission_item',
        columns: [
          { name: 'author', type: 'varchar', length: '128', isPrimary: true },
          { name: 'idempotency_key', type: 'varchar', length: '100', isPrimary: true },
          { name: 'item_index', type: 'integer', isPrimary: true },
          { name: 'outcome', type: 'varchar', length: '12' },
          { name: 'observation_id', type: 'integer' },
          { name: 'flag_reason', type: 'varchar', length: '255', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'reporting_city',
        columns: [
          { name: 'city_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'enrolled_at', type: 'datetime' },
        ],
      }),
    );
    for (const table of ['observation', 'observation_revision']) {
      await queryRunner.addColumn(table, new TableColumn({ name: 'flag_reason', type: 'varchar', length: '255', isNullable: true }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['observation_revision', 'observation']) await queryRunner.dropColumn(table, 'flag_reason');
    await queryRunner.dropTable('reporting_city');
    await queryRunner.dropTable('submission_item');
    await queryRunner.dropTable('submission');
  }
}
