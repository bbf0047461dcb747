import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

const TABLES = ['observation', 'observation_revision'] as const;
/** How the seed has always marked its synthetic values (seed/seed.ts, SYNTHETIC_SOURCE). */
const SYNTHETIC = 'SYNTHETIC SAMPLE DATA%';

/** Marks the synthetic sample values, on observations and on the revisions that hold them. */
export class AddSampleFlag1764800000000 implements MigrationInterface {
  name = 'AddSampleFlag1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.addColumn(table, new TableColumn({ name: 'sample', type: 'boolean', isNullable: false, default: 0 }));
      await queryRunner.query(`UPDATE ${table} SET sample = ? WHERE source LIKE ?`, [true, SYNTHETIC]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.dropColumn(table, 'sample');
  }
}
