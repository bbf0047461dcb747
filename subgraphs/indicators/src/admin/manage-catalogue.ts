import type { DataSource } from 'typeorm';
import { badUserInput, editNote, editNoteProblems, type FieldProblem, type Identity, insertMissing, refuseInvalidFields, requireRole, Role, writeTransaction } from '@ugf/runtime';
import { indicatorContent, targetContent } from '../history/history-content';
import { IndicatorRevision } from '../history/indicator-revision.entity';
import { TargetRevision } from '../history/target-revision.entity';
import { writeWithRevision } from '../history/write-with-revision';
import { queueWritersOfCities, rebuildProgressScores, refreshProgressScores } from '../scores/refresh-scores';
import { Indicator } from '../indicator.entity';
import { IndicatorKind } from '../indicator.enums';
import { parsePeriod, periodicityOf } from '../period';
import { ReportingCity } from '../reporting-city.entity';
import { isStorable, storedValue } from '../stored-value';
import { Target } from '../target.entity';
import { conflict, isUniqueViolation } from '../submission/write-errors';
import type { IndicatorDefinitionInput, TargetInput } from './admin.types';
import { metadataColumns, metadataProblems } from './metadata-columns';

/** Only admins manage the catalogue, targets and baselines (DESIGN §6). */
export async function setTarget(db: DataSource, identity: Identity, input: TargetInput): Promise<Target> {
  requireRole(identity, [Role.ADMIN], 'set targets and baselines');
  const [indicator, city] = await Promise.all([db.getRepository(Indicator).findOneBy({ code: input.indicatorCode }), db.getRepository(ReportingCity).findOneBy({ cityId: input.cityId })]);
  const problems: FieldProblem[] = [];
  if (!city) problems.push({ field: 'cityId', reason: `"${input.cityId}" is not enrolled for reporting` });
  if (!indicator) problems.push({ field: 'indicatorCode', reason: `unknown indicator "${input.indicatorCode}"` });
  // The Period scalar has refused any other form of period already.
  for (const field of ['baselinePeriod', 'targetPeriod'] as const) {
    if (indicator && periodicityOf(parsePeriod(input[field])!) !== indicator.periodicity) problems.push({ field, reason: `must be ${indicator.periodicity.toLowerCase()}` });
  }
  if (input.targetPeriod <= input.baselinePeriod) problems.push({ field: 'targetPeriod', reason: 'must come after the baseline period' });
  for (const field of ['baselineValue', 'targetValue'] as const) {
    const value = input[field];
    if (!isStorable(value)) problems.push({ field, reason: 'must be a finite number that can be stored (at most 14 digits before the point)' });
    else if (indicator && ((indicator.validMin !== null && value < indicator.validMin) || (indicator.validMax !== null && value > indicator.validMax))) {
      problems.push({ field, reason: `is outside the valid range of ${indicator.code}` });
    }
  }
  if (input.baselineValue === input.targetValue) problems.push({ field: 'targetValue', reason: 'must differ from the baseline value (progress would be undefined)' });
  if (!input.source.trim() || input.source.length > 500) problems.push({ field: 'source', reason: 'must be 1 to 500 characters' });
  problems.push(...editNoteProblems(input.note));
  refuseInvalidFields(problems, 'The target');
  const { cityId, indicatorCode } = input;
  const subject = `The target of ${cityId} for ${indicatorCode}`;
  const columns = {
    baselinePeriod: input.baselinePeriod,
    baselineValue: storedValue(input.baselineValue),
    targetPeriod: input.targetPeriod,
    targetValue: storedValue(input.targetValue),
    source: input.source.trim(),
    sample: false,
  };
  return createOnce(subject, () =>
    writeTransaction(db, async (manager) => {
      await queueWritersOfCities(manager, [cityId]);
      const target = await writeWithRevision(manager, {
        entity: Target,
        revisionEntity: TargetRevision,
        key: { cityId, indicatorCode },
        revisionKey: { cityId, indicatorCode },
        subject,
        columns,
        contentOf: targetContent,
        expectedRevision: input.expectedRevision,
        note: editNote(input.note),
        author: identity.sub,
      });
      await refreshProgressScores(manager, [{ cityId, periods: 'every' }]);
      return target;
    }),
  );
}

/** Of two concurrent creations of the same row, the second fails on the primary key: it is told so, as a conflict. */
async function createOnce<T>(subject: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`${subject} was created by someone else at the same moment.`, { reason: 'STALE_REVISION' });
    throw error;
  }
}

export async function defineIndicator(db: DataSource, identity: Identity, input: IndicatorDefinitionInput): Promise<Indicator> {
  requireRole(identity, [Role.ADMIN], 'define indicators');
  const problems: FieldProblem[] = [];
  if (!/^[A-Z][A-Z0-9_]{0,63}$/.test(input.code)) problems.push({ field: 'code', reason: 'must be UPPER_SNAKE_CASE, up to 64 characters' });
  for (const [field, max] of [
    ['name', 200],
    ['nameZh', 200],
    ['unit', 64],
    ['method', 2000],
  ] as const) {
    if (!input[field].trim() || input[field].length > max) problems.push({ field, reason: `must be 1 to ${max} characters` });
  }
  if (!/^([1-9]|10)$/.test(input.initiativeId)) problems.push({ field: 'initiativeId', reason: 'must be "1" to "10"' });
  if (!(input.plausibleChangePct > 0)) problems.push({ field: 'plausibleChangePct', reason: 'must be positive' });
  const bounded = input.kind === IndicatorKind.PERCENT || input.kind === IndicatorKind.INDEX;
  const validMin = input.validMin ?? (bounded ? 0 : null);
  const validMax = input.validMax ?? (bounded ? 100 : null);
  if (validMin !== null && validMax !== null && validMin >= validMax) problems.push({ field: 'validMax', reason: 'must be greater than validMin' });
  for (const [field, bound] of [
    ['validMin', validMin],
    ['validMax', validMax],
  ] as const) {
    if (bound !== null && !isStorable(bound)) problems.push({ field, reason: 'must be a finite number that can be stored' });
  }
  problems.push(...metadataProblems(input.metadata));
  problems.push(...editNoteProblems(input.note));
  refuseInvalidFields(problems, 'The indicator definition');
  const { code, note, expectedRevision, metadata, ...definition } = input;
  const subject = `Indicator ${code}`;
  return createOnce(subject, () =>
    writeTransaction(db, async (manager) => {
      const before = await manager.findOneBy(Indicator, { code });
      const indicator = await writeWithRevision(manager, {
        entity: Indicator,
        revisionEntity: IndicatorRevision,
        key: { code },
        revisionKey: { indicatorCode: code },
        subject,
        columns: { ...definition, validMin, validMax, ...metadataColumns(metadata) },
        createDefaults: { frameworks: [], definition: null, definitionZh: null, unitMultiplier: 0, dataSources: null, dataProvider: null, limitations: null },
        contentOf: indicatorContent,
        expectedRevision,
        note: editNote(note),
        author: identity.sub,
      });
      // Progress counts an indicator in its initiative, in its unit multiplier: moving it or rescaling it changes every city's scores.
      if (before && (before.initiativeId !== indicator.initiativeId || before.unitMultiplier !== indicator.unitMultiplier)) await rebuildProgressScores(manager);
      return indicator;
    }),
  );
}

export async function enrollCity(db: DataSource, identity: Identity, cityId: string): Promise<boolean> {
  requireRole(identity, [Role.ADMIN], 'enrol cities');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(cityId) || cityId.length > 64) throw badUserInput(`"${cityId}" is not a city id.`, { argument: 'cityId' });
  await writeTransaction(db, (manager) => insertMissing(manager, ReportingCity, [Object.assign(new ReportingCity(), { cityId, enrolledAt: new Date() })]));
  return true;
}
