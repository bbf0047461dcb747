import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertFirstRevisions, revisionColumn, revisionTable } from '@ugf/runtime';
import type { BestPracticeCase } from '../best-practice-case.entity';
import { caseContent } from '../history/case-content';

interface CaseRow {
  id: string;
  title: string;
  title_zh: string;
  summary: string;
  city_id: string;
  year: number;
  outcomes: string;
  sources: string;
  illustrative: number | boolean;
}

/** Cases keep a revision number and a history; cases that exist already get revision 1 with their current content. */
export class AddCaseRevisions1764400000000 implements MigrationInterface {
  name = 'AddCaseRevisions1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('best_practice_case', revisionColumn());
    await queryRunner.createTable(revisionTable('case_revision', [{ name: 'case_id', type: 'varchar', length: '100' }], 'uq_case_revision_number'));
    const cases = (await queryRunner.query('SELECT id, title, title_zh, summary, city_id, year, outcomes, sources, illustrative FROM best_practice_case')) as CaseRow[];
    const links = async (table: string, column: string) => {
      const rows = (await queryRunner.query(`SELECT case_id, ${column} AS value FROM ${table}`)) as { case_id: string; value: string }[];
      return (caseId: string) => rows.filter((row) => row.case_id === caseId).map((row) => row.value);
    };
    const [initiatives, indicators, tags] = [await links('case_initiative', 'initiative_id'), await links('case_indicator', 'indicator_code'), await links('case_tag', 'tag')];
    const rows = cases.map((row) => ({
      keys: { case_id: row.id },
      content: {
        ...caseContent(
          {
            id: row.id,
            title: row.title,
            titleZh: row.title_zh,
            summary: row.summary,
            cityId: row.city_id,
            year: Number(row.year),
            outcomes: JSON.parse(row.outcomes) as BestPracticeCase['outcomes'],
            sources: JSON.parse(row.sources) as BestPracticeCase['sources'],
            illustrative: Boolean(row.illustrative),
            revision: 1,
          },
          { initiativeIds: initiatives(row.id), indicatorCodes: indicators(row.id), tags: tags(row.id) },
        ),
      },
    }));
    await insertFirstRevisions(queryRunner, 'case_revision', rows);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('case_revision');
    await queryRunner.dropColumn('best_practice_case', 'revision');
  }
}
