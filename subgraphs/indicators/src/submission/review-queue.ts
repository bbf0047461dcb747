import type { DataSource } from 'typeorm';
import { badUserInput, type Identity, requireRole, Role } from '@ugf/runtime';
import { ObservationStatus } from '../indicator.enums';
import { Observation } from '../observation.entity';
import { ObservationRevision } from '../observation-revision.entity';
import { DEFAULT_REVIEW_PAGE, MAX_REVIEW_PAGE, type ReviewQueue, type ReviewQueueItem } from './review-queue.types';

export interface ReviewQueueRequest {
  cityId?: string | null;
  indicatorCode?: string | null;
  period?: string | null;
  flaggedOnly?: boolean | null;
  first?: number | null;
  after?: string | null;
}

interface Position {
  waitingSince: Date;
  id: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const encodeCursor = (position: Position) => Buffer.from(JSON.stringify([position.waitingSince.toISOString(), position.id])).toString('base64url');

function decodeCursor(cursor: string): Position {
  try {
    const [time, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const waitingSince = new Date(String(time));
    if (typeof time === 'string' && !Number.isNaN(waitingSince.getTime()) && Number.isInteger(id)) return { waitingSince, id: id as number };
  } catch {
    // not JSON: refused below
  }
  throw badUserInput('after is not a cursor of the review queue: pass an `endCursor` or `cursor` it returned.', { argument: 'after' });
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_REVIEW_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_REVIEW_PAGE) throw badUserInput(`first must be 1 to ${MAX_REVIEW_PAGE}.`, { argument: 'first' });
  return size;
}

/**
 * The PROVISIONAL values that are not samples, oldest first, one page at a time (keyset pagination on the time the current
 * revision was recorded and the observation id, so a page stays put while values ahead of it are reviewed).
 */
export async function reviewQueue(db: DataSource, identity: Identity, request: ReviewQueueRequest): Promise<ReviewQueue> {
  requireRole(identity, [Role.VERIFIER, Role.ADMIN], 'read the review queue');
  const size = pageSize(request.first);
  const after = request.after == null ? null : decodeCursor(request.after);

  // Sample values await no review: they cannot be verified (review-observation.ts).
  const matching = db.getRepository(Observation).createQueryBuilder('o').where('o.status = :status AND o.sample = 0', { status: ObservationStatus.PROVISIONAL });
  if (request.cityId != null) matching.andWhere('o.cityId = :cityId', { cityId: request.cityId });
  if (request.indicatorCode != null) matching.andWhere('o.indicatorCode = :indicatorCode', { indicatorCode: request.indicatorCode });
  if (request.period != null) matching.andWhere('o.period = :period', { period: request.period });
  if (request.flaggedOnly) matching.andWhere('o.flagReason IS NOT NULL');
  const totalCount = await matching.clone().getCount();

  // A PROVISIONAL value's current revision is the submission or correction that wrote it (reviews write
  // VERIFIED or REJECTED), so its author is the one person four eyes keeps from reviewing it.
  const page = matching
    .innerJoin(ObservationRevision, 'r', 'r.observationId = o.id AND r.revision = o.revision')
    .addSelect('r.author', 'current_author')
    .orderBy('o.updatedAt', 'ASC')
    .addOrderBy('o.id', 'ASC')
    .limit(size + 1);
  if (after) page.andWhere('(o.updatedAt > :afterTime OR (o.updatedAt = :afterTime AND o.id > :afterId))', { afterTime: after.waitingSince, afterId: after.id });
  const { entities, raw } = await page.getRawAndEntities<{ o_id: number | string; current_author: string }>();
  const authors = new Map(raw.map((row) => [Number(row.o_id), row.current_author]));

  const now = Date.now();
  const items = entities.slice(0, size).map((observation): ReviewQueueItem => {
    const submittedBy = authors.get(observation.id) ?? '';
    const own = submittedBy === identity.sub;
    return {
      cursor: encodeCursor({ waitingSince: observation.updatedAt, id: observation.id }),
      observation,
      submittedBy,
      waitingSince: observation.updatedAt,
      ageDays: Math.max(0, Math.floor((now - observation.updatedAt.getTime()) / DAY_MS)),
      flagged: observation.flagReason !== null,
      reviewableByMe: !own,
      notReviewableReason: own ? `You wrote revision ${observation.revision}, the current one: another verifier reviews it.` : null,
    };
  });
  return { totalCount, nodes: items, pageInfo: { hasNextPage: entities.length > size, endCursor: items.at(-1)?.cursor ?? null } };
}
