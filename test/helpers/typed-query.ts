/**
 * An operation's text with the shape of its answer, as the test states it: `execute(QUERY)` and
 * `query(QUERY)` then type `data` with no type argument at each call. A plain string is accepted too, with
 * `data` of unknown fields.
 */
export type TypedQuery<T> = string & { readonly __answer?: T };

export function gql<T>(text: string): TypedQuery<T> {
  return text;
}
