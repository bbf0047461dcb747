import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/** The role each revision was written in, shown to anonymous readers instead of the author's token subject. */
export class AddRevisionAuthorRole1764420000000 implements MigrationInterface {
  name = 'AddRevisionAuthorRole1764420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('observation_revision', new TableColumn({ name: 'author_role', type: 'varchar', length: '16', isNullable: true }));
    await queryRunner.query(`UPDATE observation_revision SET author_role = 'seed' WHERE author = 'seed'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('observation_revision', 'author_role');
  }
}
