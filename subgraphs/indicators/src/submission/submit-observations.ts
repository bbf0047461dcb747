import { createHash } from 'node:crypto';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { badUserInput, apiError, canWriteForCity, ErrorCode, type Identity, insertRows, requireRole, Role, type RowUpdate, updateRows, writeTransaction } from '@ugf/runtime';
import { Indicator } from '../indicator.entity';
import { ObservationStatus } from '../indicator.enums';
import { Observation } from '../observation.entity';
import { ObservationRevision } from '../observation-revision.entity';
import { formatPeriod, parsePeriod, previousPeriod } from '../period';
import { ReportingCity } from '../reporting-city.entity';
import { storedValue } from '../stored-value';
import { Submission, SubmissionItemRow } from './submission.entity';
import { MAX_ITEMS, type ObservationInput, type SubmitObservationsInput, SubmissionOutcome } from './submission.types';
import { type InvalidItem, itemKey, itemLabel, observationKey, plausibilityFlag, validateItems } from './validate-items';
import { breakdownKey, TOTAL_KEY } from '../dimensions/breakdown-key';
import { dimensionRegistry } from '../dimensions/registry';
import { type ConflictItem, refuseChangedSinceApplied } from './replay-check';
import { conflict, isUniqueViolation } from './write-errors';
import { sameAttributes, statesAttributes, storedAttributes } from '../attributes/attribute-rules';
import { toIndicatorScale } from '../attributes/indicator-scale';
import { storedCitation } from '../citation/citation-rules';
import { queueWritersOfCities, refreshProgressScores, scopesOfValues } from '../scores/refresh-scores';

/** The stored and returned shape of a submission's result; `SubmissionItem.observation` is resolved by id. */
export interface StoredResult {
  idempotencyKey: string;
  replayed: boolean;
  created: number;
  corrected: number;
  unchanged: number;
  flagged: number;
  items: { index: number; outcome: SubmissionOutcome; flagReason: string | null; observationId: number }[];
}

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

const keyOf = (row: Observation) => observationKey(row.cityId, row.indicatorCode, row.period, row.breakdown);

function requestHash(items: readonly ObservationInput[]): string {
  // A total without attributes or citation hashes as before breakdowns, attributes and citations existed, so keys used before still replay.
  const canonical = items.map((item) => {
    const entry: unknown[] = [item.cityId, item.indicatorCode, item.period, item.value, item.source, item.note ?? null, item.expectedRevision ?? null];
    const breakdown = breakdownKey(item.breakdown);
    const citation = storedCitation(item.citation);
    if (citation !== null) return [...entry, breakdown, storedAttributes(item.attributes), citation];
    if (statesAttributes(item.attributes)) return [...entry, breakdown, storedAttributes(item.attributes)];
    return breakdown === TOTAL_KEY ? entry : [...entry, breakdown];
  });
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

function invalidItems(invalid: InvalidItem[]) {
  const indices = new Set(invalid.map((item) => item.index));
  return badUserInput(`${indices.size} item(s) are invalid; nothing was written.`, { invalidItems: invalid });
}

async function replayOf(manager: EntityManager | DataSource, identity: Identity, input: SubmitObservationsInput, hash: string): Promise<StoredResult | null> {
  const key = input.idempotencyKey;
  const previous = await manager.getRepository(Submission).findOneBy({ author: identity.sub, idempotencyKey: key });
  if (!previous) return null;
  if (previous.requestHash !== hash) {
    throw conflict(`The idempotency key "${key}" was already used for a different batch.`, { reason: 'IDEMPOTENCY_KEY_REUSED' });
  }
  const items = await manager.getRepository(SubmissionItemRow).find({ where: { author: identity.sub, idempotencyKey: key }, order: { itemIndex: 'ASC' } });
  await refuseChangedSinceApplied(
    manager,
    key,
    input.items,
    items.map((row) => ({ index: row.itemIndex, observationId: row.observationId })),
  );
  const { created, corrected, unchanged, flagged } = previous;
  return {
    idempotencyKey: key,
    replayed: true,
    created,
    corrected,
    unchanged,
    flagged,
    items: items.map((row) => ({ index: row.itemIndex, outcome: row.outcome, flagReason: row.flagReason, observationId: row.observationId })),
  };
}

function checkRequest(identity: Identity, input: SubmitObservationsInput): void {
  requireRole(identity, [Role.CITY_EDITOR, Role.ADMIN], 'submit observations');
  if (!KEY_PATTERN.test(input.idempotencyKey)) {
    throw badUserInput('idempotencyKey must be 1 to 100 letters, digits, ".", "_", ":" or "-".', { argument: 'idempotencyKey' });
  }
  if (input.items.length < 1 || input.items.length > MAX_ITEMS) {
    throw badUserInput(`A submission holds 1 to ${MAX_ITEMS} items; this one has ${input.items.length}.`, { argument: 'items' });
  }
  const foreign = input.items.map((item, index) => ({ index, cityId: item.cityId })).filter((item) => !canWriteForCity(identity, item.cityId));
  if (foreign.length > 0) {
    throw apiError(ErrorCode.FORBIDDEN, `A ${identity.role} may submit only for ${identity.cityId ?? 'their city'}; ${foreign.length} item(s) are for other cities. Nothing was written.`, {
      forbiddenItems: foreign,
    });
  }
}

async function loadCatalogue(db: DataSource, items: readonly ObservationInput[]) {
  const codes = [...new Set(items.map((item) => item.indicatorCode))];
  const cityIds = [...new Set(items.map((item) => item.cityId))];
  const [indicators, cities] = await Promise.all([db.getRepository(Indicator).findBy({ code: In(codes) }), db.getRepository(ReportingCity).findBy({ cityId: In(cityIds) })]);
  return {
    indicators: new Map(indicators.map((indicator) => [indicator.code, indicator])),
    dimensions: dimensionRegistry(),
    enrolledCities: new Set(cities.map((city) => city.cityId)),
    now: new Date(),
  };
}

/** Current observations for the batch's keys and the periods just before them (for plausibility). */
async function loadExisting(manager: EntityManager, items: readonly ObservationInput[]): Promise<Map<string, Observation>> {
  const periods = new Set<string>();
  for (const item of items) {
    periods.add(item.period);
    periods.add(formatPeriod(previousPeriod(parsePeriod(item.period)!)));
  }
  const rows = await manager.getRepository(Observation).findBy({
    cityId: In([...new Set(items.map((item) => item.cityId))]),
    indicatorCode: In([...new Set(items.map((item) => item.indicatorCode))]),
    period: In([...periods]),
    breakdown: In([...new Set(items.map((item) => breakdownKey(item.breakdown)))]),
  });
  return new Map(rows.map((row) => [keyOf(row), row]));
}

/**
 * Applies a batch atomically: every item is validated first and any problem refuses the whole batch;
 * new values are created PROVISIONAL, different values for existing observations become a new revision
 * (with a note), equal values change nothing. The result is stored under the caller's idempotency key.
 */
export async function submitObservations(db: DataSource, identity: Identity, input: SubmitObservationsInput): Promise<StoredResult> {
  checkRequest(identity, input);
  const hash = requestHash(input.items);
  const replay = await replayOf(db, identity, input, hash);
  if (replay) return replay;

  const catalogue = await loadCatalogue(db, input.items);
  const invalid = validateItems(input.items, catalogue);
  if (invalid.length > 0) throw invalidItems(invalid);

  try {
    return await writeTransaction(db, (manager) => applyBatch(manager, identity, input, hash, catalogue.indicators));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent request with the same key won the race: answer as a replay of it.
    const raced = await replayOf(db, identity, input, hash);
    if (raced) return raced;
    throw conflict('Another submission wrote one of these observations at the same moment.');
  }
}

function staleRevisions(stale: { index: number; expectedRevision: number; currentRevision: number; item: ObservationInput }[]) {
  const conflictItems: ConflictItem[] = stale.map(({ index, expectedRevision, currentRevision, item }) => ({
    index,
    field: 'expectedRevision',
    reason: `is ${expectedRevision}, but ${itemLabel(item)} is now at revision ${currentRevision}: someone changed it after you read it`,
    currentRevision,
  }));
  return conflict(`${stale.length} item(s) were based on an older revision.`, {
    reason: 'STALE_REVISION',
    staleItems: stale.map(({ item: _item, ...entry }) => entry),
    conflictItems,
  });
}

async function applyBatch(manager: EntityManager, identity: Identity, input: SubmitObservationsInput, hash: string, indicators: ReadonlyMap<string, Indicator>): Promise<StoredResult> {
  const replay = await replayOf(manager, identity, input, hash);
  if (replay) return replay;
  await queueWritersOfCities(
    manager,
    input.items.map((item) => item.cityId),
  );
  const now = new Date();
  const existing = await loadExisting(manager, input.items);
  // Plausibility compares values in the indicator's unit multiplier, whatever multiplier each was given in.
  const inIndicatorUnits = (value: number, unitMultiplier: number | null, indicatorCode: string) => toIndicatorScale(value, unitMultiplier, indicators.get(indicatorCode)!.unitMultiplier);
  const submittedValues = new Map(input.items.map((item) => [itemKey(item), inIndicatorUnits(item.value, item.attributes?.unitMultiplier ?? null, item.indicatorCode)]));

  const invalid: InvalidItem[] = [];
  const stale: { index: number; expectedRevision: number; currentRevision: number; item: ObservationInput }[] = [];
  const planned = input.items.map((item, index) => {
    const current = existing.get(itemKey(item));
    const before = formatPeriod(previousPeriod(parsePeriod(item.period)!));
    const previousKey = observationKey(item.cityId, item.indicatorCode, before, breakdownKey(item.breakdown));
    const previousRow = existing.get(previousKey);
    const previousValue = submittedValues.get(previousKey) ?? (previousRow && inIndicatorUnits(previousRow.value, previousRow.attributes.unitMultiplier, item.indicatorCode));
    const flagReason = plausibilityFlag(submittedValues.get(itemKey(item))!, previousValue === undefined ? undefined : { period: before, value: previousValue }, indicators.get(item.indicatorCode)!);
    if (current && item.expectedRevision != null && item.expectedRevision !== current.revision) {
      stale.push({ index, expectedRevision: item.expectedRevision, currentRevision: current.revision, item });
    }
    if (!current) return { index, item, flagReason, outcome: SubmissionOutcome.CREATED, current };
    const sameValue = current.value === storedValue(item.value);
    if (sameValue && sameAttributes(current.attributes, storedAttributes(item.attributes))) return { index, item, flagReason: current.flagReason, outcome: SubmissionOutcome.UNCHANGED, current };
    const corrects = sameValue ? `the attributes of the current value ${current.value}` : `the current value ${current.value}`;
    if (!item.note?.trim()) invalid.push({ index, field: 'note', reason: `corrects ${corrects} (revision ${current.revision}), so it needs a note saying why` });
    return { index, item, flagReason, outcome: SubmissionOutcome.CORRECTED, current };
  });
  if (invalid.length > 0) throw invalidItems(invalid);
  if (stale.length > 0) throw staleRevisions(stale);

  const fields = (item: ObservationInput, flagReason: string | null) => ({
    value: storedValue(item.value),
    attributes: storedAttributes(item.attributes),
    status: ObservationStatus.PROVISIONAL,
    source: item.source.trim(),
    citationJson: storedCitation(item.citation),
    sample: false,
    note: item.note?.trim() || null,
    flagReason,
  });
  const creates = planned.filter((plan) => plan.outcome === SubmissionOutcome.CREATED);
  const rows = creates.map(({ item, flagReason }) =>
    Object.assign(new Observation(), {
      cityId: item.cityId,
      indicatorCode: item.indicatorCode,
      period: item.period,
      breakdown: breakdownKey(item.breakdown),
      ...fields(item, flagReason),
      revision: 1,
      version: 1,
      updatedAt: now,
    }),
  );
  await insertRows(manager, Observation, rows);
  const ids =
    creates.length > 0
      ? await loadExisting(
          manager,
          creates.map((plan) => plan.item),
        )
      : new Map<string, Observation>();

  const corrections: RowUpdate<Observation>[] = [];
  const revisions: ObservationRevision[] = [];
  const outcomes: StoredResult['items'] = [];
  for (const plan of planned) {
    const { item, flagReason, outcome, current, index } = plan;
    let observationId = current?.id as number;
    if (outcome === SubmissionOutcome.CREATED) {
      observationId = ids.get(itemKey(item))!.id;
      revisions.push(Object.assign(new ObservationRevision(), { observationId, revision: 1, ...fields(item, flagReason), author: identity.sub, authorRole: identity.role, createdAt: now }));
    } else if (outcome === SubmissionOutcome.CORRECTED && current) {
      const revision = current.revision + 1;
      const stored = fields(item, flagReason);
      corrections.push({ id: current.id, version: current.version, set: { ...stored, revision, version: current.version + 1, updatedAt: now } });
      revisions.push(Object.assign(new ObservationRevision(), { observationId, revision, ...stored, author: identity.sub, authorRole: identity.role, createdAt: now }));
    }
    outcomes.push({ index, outcome, flagReason: outcome === SubmissionOutcome.UNCHANGED ? null : flagReason, observationId });
  }
  const updated = await updateRows(manager, Observation, corrections);
  if (updated !== corrections.length) throw conflict(`${corrections.length - updated} of the observations this batch corrects were changed by someone else while it was written.`);
  await insertRows(manager, ObservationRevision, revisions);
  const changedTotals = planned.filter((plan) => plan.outcome !== SubmissionOutcome.UNCHANGED && breakdownKey(plan.item.breakdown) === TOTAL_KEY).map((plan) => plan.item);
  await refreshProgressScores(manager, scopesOfValues(changedTotals));

  const count = (outcome: SubmissionOutcome) => outcomes.filter((item) => item.outcome === outcome).length;
  const result: StoredResult = {
    idempotencyKey: input.idempotencyKey,
    replayed: false,
    created: count(SubmissionOutcome.CREATED),
    corrected: count(SubmissionOutcome.CORRECTED),
    unchanged: count(SubmissionOutcome.UNCHANGED),
    flagged: outcomes.filter((item) => item.flagReason !== null).length,
    items: outcomes,
  };
  const { idempotencyKey, replayed: _replayed, items, ...counts } = result;
  await manager.getRepository(Submission).insert({ author: identity.sub, idempotencyKey, requestHash: hash, ...counts, createdAt: now });
  const itemRows = items.map(({ index, ...entry }) => ({ author: identity.sub, idempotencyKey, itemIndex: index, ...entry }));
  await insertRows(manager, SubmissionItemRow, itemRows);
  return result;
}
