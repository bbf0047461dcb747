import type { EntityManager } from 'typeorm';
import { changedFields, insertRows } from '@ugf/runtime';
import { Indicator } from '../indicator.entity';
import { Target } from '../target.entity';
import { indicatorContent, targetContent } from './history-content';
import { IndicatorRevision } from './indicator-revision.entity';
import { TargetRevision } from './target-revision.entity';

/** Gives every target and indicator without history a revision 1 holding its current content (seeded rows: author `seed`). */
export async function recordFirstRevisions(manager: EntityManager, author: string, createdAt: Date): Promise<void> {
  const targets = await manager
    .getRepository(Target)
    .createQueryBuilder('t')
    .where((query) => `NOT EXISTS ${query.subQuery().select('1').from(TargetRevision, 'r').where('r.city_id = t.city_id AND r.indicator_code = t.indicator_code').getQuery()}`)
    .getMany();
  await insertRows(
    manager,
    TargetRevision,
    targets.map((row) => {
      const content = targetContent(row);
      return { cityId: row.cityId, indicatorCode: row.indicatorCode, revision: row.revision, content, changedFields: changedFields(null, { ...content }), note: null, author, createdAt };
    }),
  );
  const indicators = await manager
    .getRepository(Indicator)
    .createQueryBuilder('i')
    .where((query) => `NOT EXISTS ${query.subQuery().select('1').from(IndicatorRevision, 'r').where('r.indicator_code = i.code').getQuery()}`)
    .getMany();
  await insertRows(
    manager,
    IndicatorRevision,
    indicators.map((row) => {
      const content = indicatorContent(row);
      return { indicatorCode: row.code, revision: row.revision, content, changedFields: changedFields(null, { ...content }), note: null, author, createdAt };
    }),
  );
}
