import type { DataSource, EntityManager } from 'typeorm';
import { apiError, canWriteForCity, ErrorCode, type Identity, refuseInvalidFields, requireRole, Role, writeTransaction } from '@ugf/shared';
import { BestPracticeCase } from '../best-practice-case.entity';
import { CaseIndicator, CaseInitiative, CaseTag } from '../case-links.entity';
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
    await manager.delete(entity, { caseId } as never);
    const unique = [...new Set(values)];
    if (unique.length > 0) await manager.insert(entity, unique.map(row) as never);
  };
  await replace(CaseInitiative, input.initiativeIds, (initiativeId) => Object.assign(new CaseInitiative(), { caseId, initiativeId }));
  await replace(CaseIndicator, input.indicatorCodes, (indicatorCode) => Object.assign(new CaseIndicator(), { caseId, indicatorCode }));
  await replace(CaseTag, input.tags, (tag) => Object.assign(new CaseTag(), { caseId, tag }));
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

/** A city editor (for their city) or an admin adds a case; its id is derived from the city and title. */
export async function submitCase(db: DataSource, identity: Identity, input: NewCaseInput): Promise<BestPracticeCase> {
  if (!CITY_ID.test(input.cityId)) refuseInvalidFields([{ field: 'cityId', reason: 'is not a city id' }], 'The case');
  requireCityWriter(identity, input.cityId);
  refuseInvalidFields(validateCaseContent(input, { creating: true, now: new Date() }), 'The case');
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
    });
    await manager.insert(BestPracticeCase, created);
    await replaceLinks(manager, id, input);
    return created;
  });
}

/** Changes the given fields of a case; lists given in full replace the old ones. */
export async function updateCase(db: DataSource, identity: Identity, id: string, input: CaseContentInput): Promise<BestPracticeCase> {
  requireRole(identity, [Role.CITY_EDITOR, Role.ADMIN], 'edit cases');
  refuseInvalidFields(validateCaseContent(input, { creating: false, now: new Date() }), 'The case');
  return writeTransaction(db, async (manager) => {
    const existing = await manager.findOneBy(BestPracticeCase, { id });
    if (!existing) throw apiError(ErrorCode.NOT_FOUND, `No case has id "${id}".`);
    requireCityWriter(identity, existing.cityId);
    const changes = contentColumns(input);
    if (Object.keys(changes).length > 0) await manager.update(BestPracticeCase, { id }, changes);
    await replaceLinks(manager, id, input);
    return Object.assign(existing, changes);
  });
}
