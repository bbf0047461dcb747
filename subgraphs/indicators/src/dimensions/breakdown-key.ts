import { type DimensionRegistry, TOTAL_CODE } from './registry';

export interface BreakdownPart {
  dimension: string;
  code: string;
}

/** The key the total is stored under. */
export const TOTAL_KEY = '';

/**
 * The canonical string a breakdown is stored and compared as: `DIMENSION=CODE` parts sorted by dimension,
 * joined by `;`; total codes (`_T`) are left out, so the total of every dimension is the empty key.
 */
export function breakdownKey(parts: readonly BreakdownPart[] | null | undefined): string {
  return (parts ?? [])
    .filter((part) => part.code !== TOTAL_CODE)
    .map((part) => `${part.dimension}=${part.code}`)
    .sort()
    .join(';');
}

export function breakdownParts(key: string): BreakdownPart[] {
  if (key === TOTAL_KEY) return [];
  return key.split(';').map((part) => {
    const [dimension, code] = part.split('=');
    return { dimension, code };
  });
}

/**
 * Why a breakdown cannot be used for a value of an indicator (and, for DISTRICT codes, a city): each
 * problem as a sentence; empty when there is none.
 */
export function breakdownProblems(parts: readonly BreakdownPart[], registry: DimensionRegistry, indicatorCode: string, cityId?: string): string[] {
  const problems: string[] = [];
  const declared = registry.indicatorDimensions(indicatorCode);
  const seen = new Set<string>();
  for (const { dimension, code } of parts) {
    if (seen.has(dimension)) problems.push(`names ${dimension} twice`);
    seen.add(dimension);
    if (!registry.dimension(dimension)) {
      problems.push(`unknown dimension "${dimension}"`);
      continue;
    }
    if (!declared.includes(dimension)) {
      problems.push(`${indicatorCode} is not broken down by ${dimension} (${declared.length === 0 ? 'it has no breakdowns' : `only by ${declared.join(', ')}`})`);
      continue;
    }
    if (code === TOTAL_CODE) continue;
    const entry = registry.code(dimension, code);
    if (!entry) problems.push(`"${code}" is not a ${dimension} code`);
    else if (cityId !== undefined && entry.cityId !== null && entry.cityId !== cityId) problems.push(`${dimension} ${code} (${entry.label}) is in ${entry.cityId}, not ${cityId}`);
  }
  return problems;
}
