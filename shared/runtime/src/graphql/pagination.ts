import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { badUserInput } from './errors';

@ObjectType({ description: 'Where a page ends, and whether there is another after it.' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'True when another page follows: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Opaque cursor of the last item of this page; null for an empty page.' })
  endCursor!: string | null;
}

/** One page of a list: its items, where it ends, and how many items the whole list has. */
export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** How many items a page may hold: the default when `first` is not given, and the most it may ask for. */
export interface PageBounds {
  defaultSize: number;
  maxSize: number;
}

const CURSOR = /^o:(\d{1,9})$/;
const cursorAt = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

function offsetAfter(after: string | null | undefined): number {
  if (after == null) return 0;
  const match = CURSOR.exec(Buffer.from(after, 'base64url').toString());
  if (!match) throw badUserInput('`after` is not a cursor of this list: pass a `pageInfo.endCursor` you were given.', { argument: 'after' });
  return Number(match[1]) + 1;
}

/** Checks `first` against the bounds, and answers it or the default. */
export function pageSize(first: number | null | undefined, bounds: PageBounds): number {
  if (first == null) return bounds.defaultSize;
  if (!Number.isInteger(first) || first < 0 || first > bounds.maxSize) {
    throw badUserInput(`\`first\` must be from 0 to ${bounds.maxSize}.`, { argument: 'first', maximum: bounds.maxSize });
  }
  return first;
}

/** Which items a page holds: `size` items from `offset`, from a checked `first` and `after`. */
export interface PageWindow {
  offset: number;
  size: number;
}

export function pageWindow(first: number | null | undefined, after: string | null | undefined, bounds: PageBounds): PageWindow {
  return { offset: offsetAfter(after), size: pageSize(first, bounds) };
}

/** A page from the rows of its window (read with OFFSET/LIMIT) and the size of the whole list. */
export function pageFromRows<T>(nodes: T[], totalCount: number, window: PageWindow): Page<T> {
  return {
    nodes,
    pageInfo: { hasNextPage: window.offset + nodes.length < totalCount, endCursor: nodes.length > 0 ? cursorAt(window.offset + nodes.length - 1) : null },
    totalCount,
  };
}

/** The page of `items` (in their order) after the cursor `after`, of at most `first` items. */
export function pageOf<T>(items: readonly T[], first: number | null | undefined, after: string | null | undefined, bounds: PageBounds): Page<T> {
  const window = pageWindow(first, after, bounds);
  return pageFromRows(items.slice(window.offset, window.offset + window.size), items.length, window);
}

/** A connection type (`nodes`, `pageInfo`, `totalCount`) for items of `node`, named `<name>Connection`. */
export function connectionType<T extends object>(name: string, node: new () => T, description: string) {
  @ObjectType(`${name}Connection`, { description })
  class Connection implements Page<T> {
    @Field(() => [node], { description: "The items of this page, in the list's order." })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page ends, and whether another follows.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has, over all its pages.' })
    totalCount!: number;
  }
  return Connection;
}

const keyCursor = (key: readonly string[]) => Buffer.from(JSON.stringify(['k', ...key])).toString('base64url');

/**
 * The key a keyset cursor carries (the sort key of the last item of the page before), or null for the first
 * page. Keyset paging reads each page from an index, however deep in the list it is.
 */
export function keyAfter(after: string | null | undefined, length: number): string[] | null {
  if (after == null) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(after, 'base64url').toString());
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key.length !== length + 1 || key[0] !== 'k' || !key.every((part) => typeof part === 'string')) {
    throw badUserInput('`after` is not a cursor of this list: pass a `pageInfo.endCursor` you were given.', { argument: 'after' });
  }
  return key.slice(1);
}

/** A page whose `totalCount` is counted only when it is read: GraphQL awaits a promise where it reads a field. */
function withLazyTotal<T>(page: Omit<Page<T>, 'totalCount'>, count: () => Promise<number>): Page<T> {
  let total: Promise<number> | undefined;
  return Object.defineProperty(page, 'totalCount', { enumerable: true, get: () => (total ??= count()) }) as Page<T>;
}

/**
 * A keyset page from up to `size + 1` rows read in key order after the cursor (the extra row only says
 * that another page follows). The total is counted only when asked for: `count` runs if `totalCount` is read.
 */
export function pageFromKeyset<T>(rows: T[], size: number, keyOf: (row: T) => readonly string[], count: () => Promise<number>): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes[nodes.length - 1];
  return withLazyTotal({ nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last === undefined ? null : keyCursor(keyOf(last)) } }, count);
}

/**
 * An offset page from up to `window.size + 1` rows read with OFFSET/LIMIT (the extra row only says that
 * another page follows); like a keyset page, it counts the whole list only if `totalCount` is read.
 */
export function pageFromWindow<T>(rows: T[], window: PageWindow, count: () => Promise<number>): Page<T> {
  const nodes = rows.slice(0, window.size);
  return withLazyTotal({ nodes, pageInfo: { hasNextPage: rows.length > window.size, endCursor: nodes.length > 0 ? cursorAt(window.offset + nodes.length - 1) : null } }, count);
}
