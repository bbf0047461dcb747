import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/** How the seed has always marked its synthetic targets (seed/seed.ts, SYNTHETIC_SOURCE). */
const SYNTHETIC = 'SYNTHETIC SAMPLE DATA%';

/** Marks the synthetic sample targets, as AddSampleFlag marked the sample values. */
export class AddTargetSampleFlag1764900000000 implements MigrationInterface {
  name = 'AddTargetSampleFlag1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('indicator_target', new TableColumn({ name: 'sample', type: 'boolean', isNullable: false, default: 0 }));
    await queryRunner.query('UPDATE indicator_target SET sample = ? WHERE source LIKE ?', [true, SYNTHETIC]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('indicator_target', 'sample');
  }
}
