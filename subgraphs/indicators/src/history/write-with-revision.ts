import type { EntityManager, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { changedFields, checkExpectedRevision, conflictingEdit } from '@ugf/runtime';

export interface RevisedWrite<R extends { revision: number }> {
  entity: new () => R;
  revisionEntity: new () => ObjectLiteral;
  /** The row's primary key, as entity properties. */
  key: Partial<R>;
  /** The same key as the revision entity names it. */
  revisionKey: ObjectLiteral;
  subject: string;
  columns: Partial<R>;
  /** Columns a new row needs that edits leave alone. */
  createDefaults?: Partial<R>;
  contentOf: (row: R) => object;
  expectedRevision: number | null | undefined;
  note: string | null;
  author: string;
}

/**
 * Creates the row at revision 1, or changes it when `expectedRevision` is its current revision; either way
 * the content it leaves is kept as a revision. The update is conditional on the revision, so of two
 * concurrent edits of the same revision one wins and the other is CONFLICT. An edit that changes nothing
 * writes nothing. Two concurrent creations end in a unique-key violation for the caller to answer.
 */
export async function writeWithRevision<R extends { revision: number }>(manager: EntityManager, write: RevisedWrite<R>): Promise<R> {
  const { entity, key, subject, author, note } = write;
  const existing = await manager.findOneBy(entity, key as FindOptionsWhere<R>);
  const revisionRow = (revision: number, content: object, changed: string[]) => ({ ...write.revisionKey, revision, content, changedFields: changed, note, author, createdAt: new Date() });
  if (!existing) {
    const created = Object.assign(new entity(), write.createDefaults, key, { ...write.columns, revision: 1 });
    await manager.insert(entity, created as never);
    const content = write.contentOf(created);
    await manager.insert(write.revisionEntity, revisionRow(1, content, changedFields(null, { ...content })));
    return created;
  }
  const expected = checkExpectedRevision(write.expectedRevision, existing.revision, subject);
  const after = write.contentOf(Object.assign(new entity(), existing, write.columns));
  const changed = changedFields({ ...write.contentOf(existing) }, { ...after });
  if (changed.length === 0) return existing;
  const revision = expected + 1;
  const updated = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...write.columns, revision } as never)
    .where({ ...key, revision: expected })
    .execute();
  if (updated.affected !== 1) throw conflictingEdit(subject, expected);
  await manager.insert(write.revisionEntity, revisionRow(revision, after, changed));
  return Object.assign(existing, write.columns, { revision });
}
