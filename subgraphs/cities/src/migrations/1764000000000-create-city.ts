import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

export class CreateCity1764000000000 implements MigrationInterface {
  name = 'CreateCity1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'city',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'name_zh', type: 'varchar', length: '100' },
          { name: 'province', type: 'varchar', length: '64', isNullable: true },
          { name: 'province_zh', type: 'varchar', length: '64', isNullable: true },
          { name: 'region', type: 'varchar', length: '16' },
          { name: 'admin_level', type: 'varchar', length: '32' },
          { name: 'is_provincial_capital', type: 'boolean' },
          { name: 'population', type: 'integer' },
          { name: 'population_year', type: 'integer' },
          { name: 'population_basis', type: 'varchar', length: '16' },
          { name: 'population_source', type: 'varchar', length: '255' },
          { name: 'population_note', type: 'varchar', length: '500', isNullable: true },
          { name: 'area_km2', type: 'decimal', precision: 12, scale: 2, isNullable: true },
          { name: 'area_source', type: 'varchar', length: '255', isNullable: true },
          { name: 'peer_groups', type: 'text' },
        ],
        indices: [{ name: 'idx_city_region', columnNames: ['region'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('city');
  }
}
