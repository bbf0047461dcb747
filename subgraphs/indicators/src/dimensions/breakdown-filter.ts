import { badUserInput } from '@ugf/runtime';
import { cityRef } from '../federated-stubs';
import { type BreakdownPart, breakdownKey, breakdownParts, breakdownProblems } from './breakdown-key';
import type { DimensionCode } from './dimension.types';
import type { DimensionCodeEntry, DimensionRegistry } from './registry';

/** The stored key a query's `breakdown` argument asks for (the total when none is given); a bad breakdown is BAD_USER_INPUT. */
export function breakdownFilter(parts: readonly BreakdownPart[] | null | undefined, registry: DimensionRegistry, indicatorCode: string): string {
  const problems = breakdownProblems(parts ?? [], registry, indicatorCode);
  if (problems.length > 0) throw badUserInput(`breakdown: ${problems.join('; ')}.`, { argument: 'breakdown' });
  return breakdownKey(parts);
}

export const dimensionCodeOf = (entry: DimensionCodeEntry): DimensionCode => ({ ...entry, city: entry.cityId === null ? null : cityRef(entry.cityId) });

/** A stored key as the API shows it: each part with its labels. */
export function describeBreakdown(key: string, registry: DimensionRegistry): DimensionCode[] {
  return breakdownParts(key).map(({ dimension, code }) => {
    const entry = registry.code(dimension, code);
    return entry ? dimensionCodeOf(entry) : { dimension, code, label: code, labelZh: code, city: null };
  });
}
