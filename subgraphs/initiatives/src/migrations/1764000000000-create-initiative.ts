import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

export class CreateInitiative1764000000000 implements MigrationInterface {
  name = 'CreateInitiative1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'initiative',
        columns: [
          { name: 'id', type: 'varchar', length: '8', isPrimary: true },
          { name: 'number', type: 'integer' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'title_zh', type: 'varchar', length: '200' },
          { name: 'summary', type: 'varchar', length: '1000' },
          { name: 'text', type: 'text' },
          { name: 'text_source', type: 'varchar', length: '255' },
          { name: 'sdg_targets', type: 'text' },
          { name: 'conference_task_numbers', type: 'text' },
        ],
        indices: [{ name: 'uq_initiative_number', columnNames: ['number'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'conference_task',
        columns: [
          { name: 'number', type: 'integer', isPrimary: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'text', type: 'text' },
          { name: 'source', type: 'varchar', length: '255' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('conference_task');
    await queryRunner.dropTable('initiative');
  }
}
