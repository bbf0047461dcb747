import type { EntityManager } from 'typeorm';
import type { BestPracticeCase } from '../best-practice-case.entity';
import { CaseIndicator, CaseInitiative, CaseTag } from '../case-links.entity';
import type { CaseContent } from './case-revision.entity';

export interface CaseLinks {
  initiativeIds: readonly string[];
  indicatorCodes: readonly string[];
  tags: readonly string[];
}

const sortedUnique = (values: readonly string[]) => [...new Set(values)].sort();

/** The snapshot a revision keeps: the row and its link lists, lists sorted so that equal content compares equal. */
export function caseContent(row: BestPracticeCase, links: CaseLinks): CaseContent {
  return {
    title: row.title,
    titleZh: row.titleZh,
    summary: row.summary,
    cityId: row.cityId,
    year: row.year,
    initiativeIds: sortedUnique(links.initiativeIds),
    indicatorCodes: sortedUnique(links.indicatorCodes),
    tags: sortedUnique(links.tags),
    outcomes: [...row.outcomes],
    sources: row.sources.map(({ title, publisher }) => ({ title, publisher })),
    illustrative: Boolean(row.illustrative),
  };
}

export async function storedLinks(manager: EntityManager, caseId: string): Promise<CaseLinks> {
  const initiatives = await manager.findBy(CaseInitiative, { caseId });
  const indicators = await manager.findBy(CaseIndicator, { caseId });
  const tags = await manager.findBy(CaseTag, { caseId });
  return {
    initiativeIds: initiatives.map((link) => link.initiativeId),
    indicatorCodes: indicators.map((link) => link.indicatorCode),
    tags: tags.map((link) => link.tag),
  };
}
