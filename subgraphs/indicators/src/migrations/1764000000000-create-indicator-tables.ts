import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions } from 'typeorm';

const value = (name: string): TableColumnOptions => ({ name, type: 'decimal', precision: 20, scale: 6 });

export class CreateIndicatorTables1764000000000 implements MigrationInterface {
  name = 'CreateIndicatorTables1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'indicator',
        columns: [
          { name: 'code', type: 'varchar', length: '64', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'name_zh', type: 'varchar', length: '200' },
          { name: 'unit', type: 'varchar', length: '64' },
          { name: 'direction', type: 'varchar', length: '20' },
          { name: 'periodicity', type: 'varchar', length: '12' },
          { name: 'kind', type: 'varchar', length: '12' },
          { ...value('valid_min'), isNullable: true },
          { ...value('valid_max'), isNullable: true },
          { name: 'plausible_change_pct', type: 'decimal', precision: 10, scale: 2 },
          { name: 'method', type: 'text' },
          { name: 'initiative_id', type: 'varchar', length: '8' },
          { name: 'frameworks', type: 'text' },
        ],
        indices: [{ name: 'idx_indicator_initiative', columnNames: ['initiative_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'observation',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'city_id', type: 'varchar', length: '64' },
          { name: 'indicator_code', type: 'varchar', length: '64' },
          { name: 'period', type: 'varchar', length: '7' },
          value('value'),
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'source', type: 'varchar', length: '500' },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'revision', type: 'integer' },
          { name: 'version', type: 'integer', default: 1 },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [
          { name: 'uq_observation_city_indicator_period', columnNames: ['city_id', 'indicator_code', 'period'], isUnique: true },
          { name: 'idx_observation_indicator_period', columnNames: ['indicator_code', 'period'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'observation_revision',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'observation_id', type: 'integer' },
          { name: 'revision', type: 'integer' },
          value('value'),
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'source', type: 'varchar', length: '500' },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'author', type: 'varchar', length: '128' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [{ name: 'uq_revision_observation_number', columnNames: ['observation_id', 'revision'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'indicator_target',
        columns: [
          { name: 'city_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'indicator_code', type: 'varchar', length: '64', isPrimary: true },
          { name: 'baseline_period', type: 'varchar', length: '7' },
          value('baseline_value'),
          { name: 'target_period', type: 'varchar', length: '7' },
          value('target_value'),
          { name: 'source', type: 'varchar', length: '500' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['indicator_target', 'observation_revision', 'observation', 'indicator']) {
      await queryRunner.dropTable(table);
    }
  }
}
