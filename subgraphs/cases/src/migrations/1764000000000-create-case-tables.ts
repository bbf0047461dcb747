import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

const link = (name: string, column: string, length: string, index?: string) =>
  new Table({
    name,
    columns: [
      { name: 'case_id', type: 'varchar', length: '100', isPrimary: true },
      { name: column, type: 'varchar', length, isPrimary: true },
    ],
    indices: index ? [{ name: index, columnNames: [column] }] : [],
  });

export class CreateCaseTables1764000000000 implements MigrationInterface {
  name = 'CreateCaseTables1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'best_practice_case',
        columns: [
          { name: 'id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'title_zh', type: 'varchar', length: '200' },
          { name: 'summary', type: 'text' },
          { name: 'city_id', type: 'varchar', length: '64' },
          { name: 'year', type: 'integer' },
          { name: 'outcomes', type: 'text' },
          { name: 'sources', type: 'text' },
          { name: 'illustrative', type: 'boolean' },
        ],
        indices: [{ name: 'idx_case_city', columnNames: ['city_id'] }],
      }),
    );
    await queryRunner.createTable(link('case_initiative', 'initiative_id', '8', 'idx_case_initiative_initiative'));
    await queryRunner.createTable(link('case_indicator', 'indicator_code', '64'));
    await queryRunner.createTable(link('case_tag', 'tag', '64', 'idx_case_tag_tag'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['case_tag', 'case_indicator', 'case_initiative', 'best_practice_case']) {
      await queryRunner.dropTable(table);
    }
  }
}
