import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { manyByKey, newestRevisionsLoader, oneByKey, type RevisionsRequest } from '@ugf/runtime';
import { BestPracticeCase } from './best-practice-case.entity';
import { CaseIndicator, CaseInitiative, CaseTag } from './case-links.entity';
import { CaseRevision } from './history/case-revision.entity';

export interface CaseLoaders {
  case: DataLoader<string, BestPracticeCase | null>;
  casesByCity: DataLoader<string, BestPracticeCase[]>;
  casesByInitiative: DataLoader<string, BestPracticeCase[]>;
  tagsByCase: DataLoader<string, string[]>;
  initiativeIdsByCase: DataLoader<string, string[]>;
  indicatorCodesByCase: DataLoader<string, string[]>;
  caseRevisions: DataLoader<RevisionsRequest, CaseRevision[], string>;
}

/** Newest cases first, then by id, everywhere a list of cases is returned. */
const CASE_ORDER = { year: 'DESC', id: 'ASC' } as const;

async function casesByInitiative(db: DataSource, initiativeIds: readonly string[]): Promise<BestPracticeCase[][]> {
  const { entities, raw } = await db
    .getRepository(BestPracticeCase)
    .createQueryBuilder('c')
    .innerJoin(CaseInitiative, 'ci', 'ci.case_id = c.id')
    .addSelect('ci.initiative_id', 'link_initiative_id')
    .where('ci.initiative_id IN (:...initiativeIds)', { initiativeIds })
    .orderBy('c.year', 'DESC')
    .addOrderBy('c.id', 'ASC')
    .getRawAndEntities<{ link_initiative_id: string; c_id: string }>();
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const links = raw.map((row) => ({ initiativeId: row.link_initiative_id, entity: byId.get(row.c_id) as BestPracticeCase }));
  return manyByKey(initiativeIds, links, (link) => link.initiativeId).map((list) => list.map((link) => link.entity));
}

export function createLoaders(db: DataSource): CaseLoaders {
  const cases = db.getRepository(BestPracticeCase);
  const linkLoader = <L extends { caseId: string }>(entity: new () => L, value: (link: L) => string) =>
    new DataLoader<string, string[]>(async (caseIds) => {
      const links = await db.getRepository(entity).find({ where: { caseId: In([...caseIds]) } as never });
      return manyByKey(caseIds, links, (link) => link.caseId).map((list) => list.map(value).sort());
    });
  return {
    case: new DataLoader(async (ids) => oneByKey(ids, await cases.findBy({ id: In([...ids]) }), (row) => row.id)),
    casesByCity: new DataLoader(async (cityIds) => manyByKey(cityIds, await cases.find({ where: { cityId: In([...cityIds]) }, order: CASE_ORDER }), (row) => row.cityId)),
    casesByInitiative: new DataLoader((ids) => casesByInitiative(db, ids)),
    tagsByCase: linkLoader(CaseTag, (link) => link.tag),
    initiativeIdsByCase: linkLoader(CaseInitiative, (link) => link.initiativeId),
    indicatorCodesByCase: linkLoader(CaseIndicator, (link) => link.indicatorCode),
    caseRevisions: newestRevisionsLoader(
      (caseIds) => db.getRepository(CaseRevision).findBy({ caseId: In(caseIds) }),
      (row) => row.caseId,
    ),
  };
}
