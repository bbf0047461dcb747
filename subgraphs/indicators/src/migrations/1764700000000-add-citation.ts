import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

const TABLES = ['observation', 'observation_revision'] as const;
const citationColumn = () => new TableColumn({ name: 'citation', type: 'text', isNullable: true });

/** The structured citation (publisher, title, URL, date, quote, derivation) of observations and of every revision; existing values have none. */
export class AddCitation1764700000000 implements MigrationInterface {
  name = 'AddCitation1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.addColumn(table, citationColumn());
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.dropColumn(table, 'citation');
  }
}
