import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

export class AddFrameworkCrosswalk1764200000000 implements MigrationInterface {
  name = 'AddFrameworkCrosswalk1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'framework_element',
        columns: [
          { name: 'id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'framework', type: 'varchar', length: '32' },
          { name: 'code', type: 'varchar', length: '64' },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'position', type: 'integer' },
        ],
        indices: [{ name: 'idx_framework_element_framework', columnNames: ['framework'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'framework_element_indicator',
        columns: [
          { name: 'element_id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'indicator_code', type: 'varchar', length: '64', isPrimary: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('framework_element_indicator');
    await queryRunner.dropTable('framework_element');
  }
}
