import type { EntityManager } from 'typeorm';
import { insertRows } from '@ugf/runtime';
import { BestPracticeCase } from '../best-practice-case.entity';
import { CaseIndicator, CaseInitiative, CaseTag } from '../case-links.entity';
import { caseContent } from './case-content';
import { CaseRevision } from './case-revision.entity';

/** Gives every case without history a revision 1 holding its current content (seeded cases: author `seed`). */
export async function recordFirstRevisions(manager: EntityManager, author: string, note: string | null, createdAt: Date): Promise<number> {
  const cases = await manager
    .getRepository(BestPracticeCase)
    .createQueryBuilder('c')
    .where((query) => `NOT EXISTS ${query.subQuery().select('1').from(CaseRevision, 'r').where('r.case_id = c.id').getQuery()}`)
    .getMany();
  if (cases.length === 0) return 0;
  const ids = cases.map((row) => row.id);
  const links = async <L extends { caseId: string }>(entity: new () => L) => manager.getRepository(entity).createQueryBuilder('l').where('l.case_id IN (:...ids)', { ids }).getMany();
  const [initiatives, indicators, tags] = [await links(CaseInitiative), await links(CaseIndicator), await links(CaseTag)];
  const revisions = cases.map((row) => {
    const content = caseContent(row, {
      initiativeIds: initiatives.filter((link) => link.caseId === row.id).map((link) => link.initiativeId),
      indicatorCodes: indicators.filter((link) => link.caseId === row.id).map((link) => link.indicatorCode),
      tags: tags.filter((link) => link.caseId === row.id).map((link) => link.tag),
    });
    return Object.assign(new CaseRevision(), { caseId: row.id, revision: row.revision, content, changedFields: Object.keys(content), note, author, createdAt });
  });
  await insertRows(manager, CaseRevision, revisions);
  return revisions.length;
}
