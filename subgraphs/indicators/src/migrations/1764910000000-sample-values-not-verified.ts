import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sample value is never VERIFIED (nobody checked it against a publication): the seed once marked the
 * sample values before 2024 VERIFIED, and this makes them, and the seed's revisions of them, PROVISIONAL.
 * A reviewer's rejection of a sample value stays.
 */
export class SampleValuesNotVerified1764910000000 implements MigrationInterface {
  name = 'SampleValuesNotVerified1764910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['observation', 'observation_revision']) {
      await queryRunner.query(`UPDATE ${table} SET status = 'PROVISIONAL' WHERE sample = ? AND status = 'VERIFIED'`, [true]);
    }
  }

  async down(): Promise<void> {
    // Which sample values were VERIFIED was never a fact: nothing to restore.
  }
}
