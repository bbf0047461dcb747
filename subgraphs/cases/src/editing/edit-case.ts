import type { DataSource, EntityManager } from 'typeorm';
import {
  apiError,
  canWriteForCity,
  changedFields,
  checkExpectedRevision,
  conflictingEdit,
  editNote,
  editNoteProblems,
  ErrorCode,
  type Identity,
  refuseInvalidFields,
  requireRole,
  Role,
  writeTransaction,
} from '@ugf/runtime';
import { BestPracticeCase } from '../best-practice-case.entity';
import { CaseIndicator, CaseInitiative, CaseTag } from '../case-links.entity';
import { caseContent, type CaseLinks, storedLinks } from '../history/case-content';
import { CaseRevision } from '../history/case-revision.entity';
import type { CaseContentInput, NewCaseInput } from './case-input.types';
import { caseSlug, validateCaseContent } from './validate-case';

const CITY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function requireCityWriter(identity: Identity, cityId: string): void {
  requireRole(identity, [Role.CITY_EDITOR, Role.ADMIN], 'edit cases');
  if (!canWriteForCity(identity, cityId)) {
    throw apiError(ErrorCode.FORBIDDEN, `A ${identity.role} may edit only the cases of ${identity.cityId ?? 'their city'}, not of ${cityId}.`);
  }
}

const trimmed = (text: string | null | undefined) => (text == null ? undefined : text.trim());

/** Replaces a case's link rows when the input gives the list; leaves them when it does not. */
async function replaceLinks(manager: EntityManager, caseId: string, input: CaseContentInput): Promise<void> {
  const replace = async <T extends object>(entity: new () => T, values: string[] | null | undefined, row: (value: string) => T) => {
    if (values == null) return;
    await manager.delete(entity, { caseId });
    const unique = [...new Set(values)];
    if (unique.length > 0) await manager.insert(entity, unique.map(row));
  };
  await replace(CaseInitiative, input.initiativeIds, (initiativeId) => Object.assign(new CaseInitiative(), { caseId, initiativeId }));
  await replace(CaseIndicator, input.indicatorCodes, (indicatorCode) => Object.assign(new CaseIndicator(), { caseId, indicatorCode }));
  await replace(CaseTag, input.tags, (tag) => Object.assign(new CaseTag(), { caseId, tag }));
}

/** The link lists after the input is applied: a given list replaces the old one. */
function linksAfter(before: CaseLinks, input: CaseContentInput): CaseLinks {
  return {
    initiativeIds: input.initiativeIds ?? before.initiativeIds,
    indicatorCodes: input.indicatorCodes ?? before.indicatorCodes,
    tags: input.tags ?? before.tags,
  };
}

function contentColumns(input: CaseContentInput): Partial<BestPracticeCase> {
  const columns: Partial<BestPracticeCase> = {
    title: trimmed(input.title),
    titleZh: trimmed(input.titleZh),
    summary: trimmed(input.summary),
    year: input.year ?? undefined,
    outcomes: input.outcomes?.map((outcome) => outcome.trim()),
    sources: input.sources?.map((source) => ({ title: source.title.trim(), publisher: source.publisher.trim() })),
    illustrative: input.illustrative ?? undefined,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

/** A city editor (for their city) or an admin adds a case; its id is derived from the city and title. It starts at revision 1. */
export async function submitCase(db: DataSource, identity: Identity, input: NewCaseInput): Promise<BestPracticeCase> {
  if (!CITY_ID.test(input.cityId)) refuseInvalidFields([{ field: 'cityId', reason: 'is not a city id' }], 'The case');
  requireCityWriter(identity, input.cityId);
  refuseInvalidFields([...validateCaseContent(input, { creating: true, now: new Date() }), ...editNoteProblems(input.note)], 'The case');
  return writeTransaction(db, async (manager) => {
    const base = caseSlug(input.cityId, input.title as string);
    let id = base;
    for (let suffix = 2; await manager.existsBy(BestPracticeCase, { id }); suffix += 1) id = `${base}-${suffix}`;
    const created = Object.assign(new BestPracticeCase(), {
      id,
      cityId: input.cityId,
      outcomes: [],
      illustrative: false,
      ...contentColumns(input),
      revision: 1,
    });
    await manager.insert(BestPracticeCase, created);
    await replaceLinks(manager, id, input);
    const content = caseContent(created, linksAfter({ initiativeIds: [], indicatorCodes: [], tags: [] }, input));
    await manager.insert(CaseRevision, {
      caseId: id,
      revision: 1,
      content,
      changedFields: changedFields(null, { ...content }),
      note: editNote(input.note),
      author: identity.sub,
      createdAt: new Date(),
    });
    return created;
  });
}

/**
 * Changes the given fields of a case; lists given in full replace the old ones. The edit must name the
 * revision it is based on, and is written only while that revision is still the current one.
 */
export async function updateCase(db: DataSource, identity: Identity, id: string, input: CaseContentInput, expectedRevision: number | null | undefined): Promise<BestPracticeCase> {
  requireRole(identity, [Role.CITY_EDITOR, Role.ADMIN], 'edit cases');
  refuseInvalidFields([...validateCaseContent(input, { creating: false, now: new Date() }), ...editNoteProblems(input.note)], 'The case');
  return writeTransaction(db, async (manager) => {
    const existing = await manager.findOneBy(BestPracticeCase, { id });
    if (!existing) throw apiError(ErrorCode.NOT_FOUND, `No case has id "${id}".`);
    requireCityWriter(identity, existing.cityId);
    const subject = `Case "${id}"`;
    const expected = checkExpectedRevision(expectedRevision, existing.revision, subject);
    const before = caseContent(existing, await storedLinks(manager, id));
    const changes = contentColumns(input);
    const after = caseContent(Object.assign(new BestPracticeCase(), existing, changes), linksAfter(before, input));
    const changed = changedFields({ ...before }, { ...after });
    if (changed.length === 0) return existing;

    const revision = expected + 1;
    const updated = await manager
      .createQueryBuilder()
      .update(BestPracticeCase)
      .set({ ...changes, revision })
      .where('id = :id AND revision = :expected', { id, expected })
      .execute();
    if (updated.affected !== 1) throw conflictingEdit(subject, expected);
    await replaceLinks(manager, id, input);
    await manager.insert(CaseRevision, { caseId: id, revision, content: after, changedFields: changed, note: editNote(input.note), author: identity.sub, createdAt: new Date() });
    return Object.assign(existing, changes, { revision });
  });
}
