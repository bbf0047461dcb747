import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/** Indicator metadata (docs/indicator-metadata.md): definition in English and Chinese, unit multiplier, data sources and provider, comments and limitations. */
export class AddIndicatorMetadata1764430000000 implements MigrationInterface {
  name = 'AddIndicatorMetadata1764430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('indicator', [
      new TableColumn({ name: 'definition', type: 'text', isNullable: true }),
      new TableColumn({ name: 'definition_zh', type: 'text', isNullable: true }),
      new TableColumn({ name: 'unit_multiplier', type: 'integer', default: 0 }),
      new TableColumn({ name: 'data_sources', type: 'text', isNullable: true }),
      new TableColumn({ name: 'data_provider', type: 'varchar', length: '200', isNullable: true }),
      new TableColumn({ name: 'limitations', type: 'text', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['limitations', 'data_provider', 'data_sources', 'unit_multiplier', 'definition_zh', 'definition']) await queryRunner.dropColumn('indicator', column);
  }
}
