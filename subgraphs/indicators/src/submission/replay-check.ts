import { In, type DataSource, type EntityManager } from 'typeorm';
import { Observation } from '../observation.entity';
import { storedValue } from '../stored-value';
import type { ObservationInput } from './submission.types';
import { conflict } from './write-errors';
import { itemLabel } from './validate-items';
import { sameAttributes, storedAttributes } from '../attributes/attribute-rules';

/** An item the server refuses to apply or to replay, in the shape of `invalidItems`, plus the current revision. */
export interface ConflictItem {
  index: number;
  field: string;
  reason: string;
  currentRevision: number;
}

/**
 * A replayed key may only answer "already applied" while the values it applied are still the current
 * ones: an item whose observation has been given another value since is named in a CONFLICT instead.
 */
export async function refuseChangedSinceApplied(
  manager: EntityManager | DataSource,
  key: string,
  items: readonly ObservationInput[],
  applied: readonly { index: number; observationId: number }[],
): Promise<void> {
  const ids = [...new Set(applied.map((row) => row.observationId))];
  const current = new Map((await manager.getRepository(Observation).findBy({ id: In(ids) })).map((row) => [row.id, row]));
  const changed: ConflictItem[] = [];
  for (const { index, observationId } of applied) {
    const item = items[index];
    const observation = current.get(observationId);
    if (!item || !observation) continue;
    const sameValue = observation.value === storedValue(item.value);
    if (sameValue && sameAttributes(observation.attributes, storedAttributes(item.attributes))) continue;
    const since = sameValue ? 'given other attributes since' : `changed since to ${observation.value}`;
    changed.push({
      index,
      field: sameValue ? 'attributes' : 'value',
      reason: `was applied before, but ${itemLabel(item)} has been ${since} (revision ${observation.revision}); to make ${item.value} current again, send it as a correction with a note and expected revision ${observation.revision}`,
      currentRevision: observation.revision,
    });
  }
  if (changed.length === 0) return;
  throw conflict(`The idempotency key "${key}" was applied before, but ${changed.length} of its value(s) have been changed since, so it is not replayed.`, {
    reason: 'CHANGED_SINCE_APPLIED',
    conflictItems: changed,
  });
}
