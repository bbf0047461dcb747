import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * Whether a query asks a comparison for its cells (each with source, citation and attributes), through
 * aliases, fragments and @skip/@include; false when it asks only for the compact matrix and the other fields.
 */
export function asksForCells(info: GraphQLResolveInfo): boolean {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  if (!tree) return true;
  const fields = tree.fieldsByTypeName[getNamedType(info.returnType).name] ?? {};
  return Object.values(fields).some((field) => field.name === 'cells');
}
