import { In, type DataSource } from 'typeorm';
import { badUserInput, pageFromWindow, pageWindow, type PageBounds } from '@ugf/runtime';
import { whereObservations } from '../as-of/observations-as-of';
import { sameAttributes } from '../attributes/attribute-rules';
import { Observation } from '../observation.entity';
import { ObservationRevision } from '../observation-revision.entity';
import { ChangeKind, type ChangeConnection, type ChangeEvent } from './change.types';

/** The feed comes 100 revisions at a time unless `first` asks for up to 1,000. */
export const CHANGE_PAGE: PageBounds = { defaultSize: 100, maxSize: 1000 };

export interface ChangeQuery {
  since: Date | null;
  /** Only revisions with a greater id: what follows the last event a client has seen. */
  afterId: number | null;
  cityIds: readonly string[] | null;
  indicatorCodes: readonly string[] | null;
  includeSample: boolean;
  first: number | null | undefined;
  after: string | null | undefined;
}

/** What a revision did, from the one before it (none: the value was created). */
export function changeKind(revision: ObservationRevision, previous: ObservationRevision | undefined): ChangeKind {
  if (!previous) return ChangeKind.CREATED;
  const sameContent =
    previous.value === revision.value && sameAttributes(previous.attributes, revision.attributes) && previous.source === revision.source && previous.citationJson === revision.citationJson;
  return sameContent && previous.status !== revision.status ? ChangeKind.REVIEWED : ChangeKind.CORRECTED;
}

/**
 * The revisions of values recorded after `since` (every one when null), of some cities and indicators,
 * oldest first, a page at a time: three SQL statements (the page, the revisions before those of the page,
 * then their observations) whatever the page's size, and a fourth for the total only when it is asked for.
 * An instant (`since`) is found by the revisions' index by time, an event (`afterId`) by their primary key.
 */
export async function changeFeed(db: DataSource, query: ChangeQuery): Promise<ChangeConnection> {
  if (query.since && query.since.getTime() > Date.now()) throw badUserInput('`since` is in the future.', { argument: 'since' });
  const window = pageWindow(query.first, query.after, CHANGE_PAGE);
  const builder = whereObservations(db.getRepository(ObservationRevision).createQueryBuilder('r').innerJoin(Observation, 'o', 'o.id = r.observation_id').where('1 = 1'), {
    cityIds: query.cityIds ?? undefined,
    indicatorCodes: query.indicatorCodes ?? undefined,
  });
  if (query.since) builder.andWhere('r.created_at > :since', { since: query.since });
  if (query.afterId !== null) builder.andWhere('r.id > :afterId', { afterId: query.afterId });
  // A literal, as in counted-values.ts: the column holds 0 or 1 on both databases.
  if (!query.includeSample) builder.andWhere('r.sample = 0');
  // One row more than the page says whether another page follows. OFFSET/LIMIT, not skip/take: the join only
  // filters (one observation per revision), so the page needs no separate read of distinct ids first.
  const revisions = await builder
    .clone()
    .orderBy('r.id')
    .offset(window.offset)
    .limit(window.size + 1)
    .getMany();
  const previousOf = await previousRevisions(db, revisions);
  const observations = revisions.length === 0 ? [] : await db.getRepository(Observation).findBy({ id: In([...new Set(revisions.map((revision) => revision.observationId))]) });
  const observationOf = new Map(observations.map((observation) => [observation.id, observation]));
  const events: ChangeEvent[] = revisions.map((revision) => ({
    id: String(revision.id),
    kind: changeKind(revision, previousOf.get(`${revision.observationId}:${revision.revision - 1}`)),
    at: revision.createdAt,
    byRole: revision.authorRole,
    revision: revision.revision,
    value: revision.value,
    status: revision.status,
    observation: observationOf.get(revision.observationId)!,
  }));
  return pageFromWindow(events, window, () => builder.getCount());
}

/** The revision before each of these, by `observationId:revision`, in one statement. */
async function previousRevisions(db: DataSource, revisions: readonly ObservationRevision[]): Promise<Map<string, ObservationRevision>> {
  const wanted = revisions.filter((revision) => revision.revision > 1);
  if (wanted.length === 0) return new Map();
  const candidates = await db.getRepository(ObservationRevision).findBy({ observationId: In([...new Set(wanted.map((revision) => revision.observationId))]) });
  const needed = new Set(wanted.map((revision) => `${revision.observationId}:${revision.revision - 1}`));
  return new Map(candidates.map((candidate) => [`${candidate.observationId}:${candidate.revision}`, candidate] as const).filter(([key]) => needed.has(key)));
}
