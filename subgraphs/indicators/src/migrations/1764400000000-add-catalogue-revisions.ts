import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertFirstRevisions, revisionColumn, revisionTable } from '@ugf/runtime';
import { definitionContent, targetContent } from '../history/history-content';
import type { Direction, IndicatorKind, Periodicity } from '../indicator.enums';

interface TargetRow {
  city_id: string;
  indicator_code: string;
  baseline_period: string;
  baseline_value: number | string;
  target_period: string;
  target_value: number | string;
  source: string;
}

interface IndicatorRow {
  code: string;
  name: string;
  name_zh: string;
  unit: string;
  direction: Direction;
  periodicity: Periodicity;
  kind: IndicatorKind;
  valid_min: number | string | null;
  valid_max: number | string | null;
  plausible_change_pct: number | string;
  method: string;
  initiative_id: string;
}

const orNull = (value: number | string | null) => (value === null ? null : Number(value));

/** Targets and indicator definitions keep a revision number and a history; existing rows get revision 1 with their current content. */
export class AddCatalogueRevisions1764400000000 implements MigrationInterface {
  name = 'AddCatalogueRevisions1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const key = (name: string) => ({ name, type: 'varchar', length: '64' });
    await queryRunner.addColumn('indicator_target', revisionColumn());
    await queryRunner.addColumn('indicator', revisionColumn());
    await queryRunner.createTable(revisionTable('target_revision', [key('city_id'), key('indicator_code')], 'uq_target_revision_number'));
    await queryRunner.createTable(revisionTable('indicator_revision', [key('indicator_code')], 'uq_indicator_revision_number'));

    const targets = (await queryRunner.query('SELECT city_id, indicator_code, baseline_period, baseline_value, target_period, target_value, source FROM indicator_target')) as TargetRow[];
    await insertFirstRevisions(
      queryRunner,
      'target_revision',
      targets.map((row) => ({
        keys: { city_id: row.city_id, indicator_code: row.indicator_code },
        content: {
          ...targetContent({
            baselinePeriod: row.baseline_period,
            baselineValue: Number(row.baseline_value),
            targetPeriod: row.target_period,
            targetValue: Number(row.target_value),
            source: row.source,
          }),
        },
      })),
    );
    const indicators = (await queryRunner.query(
      'SELECT code, name, name_zh, unit, direction, periodicity, kind, valid_min, valid_max, plausible_change_pct, method, initiative_id FROM indicator',
    )) as IndicatorRow[];
    await insertFirstRevisions(
      queryRunner,
      'indicator_revision',
      indicators.map((row) => ({
        keys: { indicator_code: row.code },
        content: {
          ...definitionContent({
            name: row.name,
            nameZh: row.name_zh,
            unit: row.unit,
            direction: row.direction,
            periodicity: row.periodicity,
            kind: row.kind,
            validMin: orNull(row.valid_min),
            validMax: orNull(row.valid_max),
            plausibleChangePct: Number(row.plausible_change_pct),
            method: row.method,
            initiativeId: row.initiative_id,
          }),
        },
      })),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('indicator_revision');
    await queryRunner.dropTable('target_revision');
    await queryRunner.dropColumn('indicator', 'revision');
    await queryRunner.dropColumn('indicator_target', 'revision');
  }
}
