import type { DataSource } from 'typeorm';
import { apiError, badUserInput, ErrorCode, type Identity, requireRole, Role, writeTransaction } from '@ugf/runtime';
import { ObservationStatus } from '../indicator.enums';
import { Observation } from '../observation.entity';
import { ObservationRevision } from '../observation-revision.entity';
import { ownRevisionRefusal } from './four-eyes';
import { MAX_NOTE_LENGTH } from './validate-items';
import { conflict } from './write-errors';
import { TOTAL_KEY } from '../dimensions/breakdown-key';
import { queueWritersOfCities, refreshProgressScores, scopesOfValues } from '../scores/refresh-scores';

export type ReviewDecision = ObservationStatus.VERIFIED | ObservationStatus.REJECTED;

export interface ReviewRequest {
  id: string;
  /** The revision the reviewer looked at; the review is refused when the observation has moved on. */
  revision: number;
  decision: ReviewDecision;
  comment?: string | null;
}

/**
 * A verifier's decision on the current value: the status changes through a new revision that keeps the
 * value, so the history shows who verified or rejected what, and why. Refused when the current revision is
 * not the one the reviewer saw, when the reviewer wrote it (four eyes), or when it would verify a sample value.
 */
export async function reviewObservation(db: DataSource, identity: Identity, request: ReviewRequest): Promise<Observation> {
  requireRole(identity, [Role.VERIFIER, Role.ADMIN], 'review observations');
  const { id, decision, comment } = request;
  if (!Number.isInteger(request.revision) || request.revision < 1) throw badUserInput('revision must be 1 or more: the revision you reviewed.', { argument: 'revision' });
  const note = comment?.trim() || null;
  if (decision === ObservationStatus.REJECTED && !note) throw badUserInput('A rejection needs a comment saying what is wrong.', { argument: 'comment' });
  if (note && note.length > MAX_NOTE_LENGTH) throw badUserInput(`comment must be at most ${MAX_NOTE_LENGTH} characters`, { argument: 'comment' });
  const observationId = Number(id);
  if (!Number.isInteger(observationId) || observationId < 1) throw apiError(ErrorCode.NOT_FOUND, `No observation has id "${id}".`);

  return writeTransaction(db, async (manager) => {
    const current = await manager.getRepository(Observation).findOneBy({ id: observationId });
    if (!current) throw apiError(ErrorCode.NOT_FOUND, `No observation has id "${id}".`);
    await queueWritersOfCities(manager, [current.cityId]);
    if (current.revision !== request.revision) {
      throw conflict(`Observation ${current.id} is at revision ${current.revision}, not the revision ${request.revision} you reviewed: it changed since you looked.`, {
        reason: 'STALE_REVISION',
        expectedRevision: request.revision,
        currentRevision: current.revision,
      });
    }
    if (current.sample && decision === ObservationStatus.VERIFIED) {
      throw badUserInput(`Observation ${current.id} is a synthetic sample value: it cannot be verified, as no publication states it. Replace it with a submitted value, or reject it.`, {
        argument: 'decision',
        reason: 'SAMPLE_VALUE',
      });
    }
    const history = await manager.getRepository(ObservationRevision).findBy({ observationId: current.id });
    const refusal = ownRevisionRefusal(identity, history, current.revision);
    if (refusal) throw refusal;
    const now = new Date();
    const revision = current.revision + 1;
    const updated = await manager
      .createQueryBuilder()
      .update(Observation)
      .set({ status: decision, revision, version: current.version + 1, updatedAt: now })
      .where('id = :id AND version = :version', { id: current.id, version: current.version })
      .execute();
    if (updated.affected !== 1) throw conflict(`Observation ${current.id} was changed by someone else during the review.`);
    if (current.breakdown === TOTAL_KEY) await refreshProgressScores(manager, scopesOfValues([current]));
    await manager.getRepository(ObservationRevision).insert({
      observationId: current.id,
      revision,
      value: current.value,
      attributes: current.attributes,
      status: decision,
      source: current.source,
      citationJson: current.citationJson,
      sample: current.sample,
      note,
      flagReason: current.flagReason,
      author: identity.sub,
      authorRole: identity.role,
      createdAt: now,
    });
    return Object.assign(current, { status: decision, revision, version: current.version + 1, updatedAt: now });
  });
}
