import { apiError, badUserInput, ErrorCode, type FieldProblem } from '../graphql/errors';

/** Notes on edits are bounded like the notes on observations. */
export const MAX_EDIT_NOTE_LENGTH = 2000;

/** `last` on every `revisions` list: the latest 20 unless asked, at most 100, oldest first. */
export const DEFAULT_REVISIONS = 20;
export const MAX_REVISIONS = 100;

/** The author of the first revision of rows loaded from `seeds/`. */
export const SEED_AUTHOR = 'seed';
/** The author of the first revision of rows that existed before history was kept. */
export const MIGRATION_AUTHOR = 'migration';
export const MIGRATION_NOTE = 'The content when history started to be kept; earlier changes were not recorded.';

export function editNoteProblems(note: string | null | undefined): FieldProblem[] {
  return note != null && note.trim().length > MAX_EDIT_NOTE_LENGTH ? [{ field: 'note', reason: `must be at most ${MAX_EDIT_NOTE_LENGTH} characters` }] : [];
}

export const editNote = (note: string | null | undefined): string | null => note?.trim() || null;

/**
 * An update must say which revision it was based on: a missing one is BAD_USER_INPUT, another than the
 * current one CONFLICT. The write itself must still be conditional on the revision (see `conflictingEdit`).
 */
export function checkExpectedRevision(expected: number | null | undefined, current: number, subject: string, argument = 'expectedRevision'): number {
  if (expected == null) {
    throw badUserInput(`${subject} already exists (revision ${current}): send ${argument} with the revision your change is based on.`, { argument, currentRevision: current });
  }
  if (!Number.isInteger(expected) || expected < 1) throw badUserInput(`${argument} must be 1 or more.`, { argument });
  if (expected !== current) throw conflictingEdit(subject, expected, current);
  return expected;
}

export function conflictingEdit(subject: string, expected: number, current?: number) {
  const now = current === undefined ? 'it was changed by someone else meanwhile' : `it is now at revision ${current}`;
  return apiError(ErrorCode.CONFLICT, `${subject} was not changed: your edit is based on revision ${expected}, but ${now}. Nothing was written; read the current content and retry.`, {
    reason: 'STALE_REVISION',
    expectedRevision: expected,
    ...(current === undefined ? {} : { currentRevision: current }),
  });
}

/** The top-level fields whose values differ between two snapshots, in the order of `after`. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  if (!before) return Object.keys(after);
  return Object.keys(after).filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** Validates the `last` argument of a `revisions` list. */
export function revisionsLimit(last: number | null | undefined): number {
  const limit = last ?? DEFAULT_REVISIONS;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_REVISIONS) throw badUserInput(`\`last\` must be from 1 to ${MAX_REVISIONS}.`, { argument: 'last', maximum: MAX_REVISIONS });
  return limit;
}

/** The `@listSize` of a `revisions(last)` list. */
export const revisionsListSize = `@listSize(assumedSize: ${DEFAULT_REVISIONS}, slicingArguments: ["last"], requireOneSlicingArgument: false)`;

/** The description of every `revisions(last)` argument. */
export const REVISIONS_LAST = `How many of the latest revisions, 1 to ${MAX_REVISIONS}; default ${DEFAULT_REVISIONS}.`;
