import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

const TABLES = ['observation', 'observation_revision'] as const;

/** The columns of ValueAttributes; every existing value keeps its number and states no attribute (no break, no footnotes). */
const attributeColumns = () => [
  new TableColumn({ name: 'nature', type: 'varchar', length: '2', isNullable: true }),
  new TableColumn({ name: 'lower_bound', type: 'decimal', precision: 20, scale: 6, isNullable: true }),
  new TableColumn({ name: 'upper_bound', type: 'decimal', precision: 20, scale: 6, isNullable: true }),
  new TableColumn({ name: 'unit_multiplier', type: 'integer', isNullable: true }),
  new TableColumn({ name: 'series_break', type: 'boolean', isNullable: false, default: 0 }),
  new TableColumn({ name: 'series_break_reason', type: 'varchar', length: '500', isNullable: true }),
  new TableColumn({ name: 'footnotes', type: 'text', isNullable: true }),
];

/** Value attributes (nature, bounds, unit multiplier, series break, footnotes) on observations and on every revision. */
export class AddValueAttributes1764600000000 implements MigrationInterface {
  name = 'AddValueAttributes1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.addColumns(table, attributeColumns());
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.dropColumns(table, attributeColumns());
  }
}
