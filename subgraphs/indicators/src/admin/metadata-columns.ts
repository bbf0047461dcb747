import type { FieldProblem } from '@ugf/runtime';
import type { Indicator } from '../indicator.entity';
import type { IndicatorMetadataInput } from './admin.types';
import { UNIT_MULTIPLIER_RANGE } from '../attributes/indicator-scale';

type MetadataColumns = Pick<Indicator, 'definition' | 'definitionZh' | 'unitMultiplier' | 'dataSources' | 'dataProvider' | 'limitations'>;

const TEXT_LIMITS = [
  ['definition', 2000],
  ['definitionZh', 2000],
  ['dataSources', 2000],
  ['dataProvider', 200],
  ['limitations', 2000],
] as const;

const text = (value: string | null | undefined) => value?.trim() || null;

/** What is wrong with the metadata of a definition; field names are paths in the input (`metadata.definition`). */
export function metadataProblems(metadata: IndicatorMetadataInput | null | undefined): FieldProblem[] {
  if (!metadata) return [];
  const problems: FieldProblem[] = [];
  for (const [field, max] of TEXT_LIMITS) {
    const value = metadata[field];
    if (value != null && (!value.trim() || value.trim().length > max)) problems.push({ field: `metadata.${field}`, reason: `must be 1 to ${max} characters when given` });
  }
  if ((metadata.definition == null) !== (metadata.definitionZh == null)) {
    problems.push({
      field: metadata.definition == null ? 'metadata.definition' : 'metadata.definitionZh',
      reason: 'is required with its translation: give the definition in both English and Chinese, or neither',
    });
  }
  const multiplier = metadata.unitMultiplier;
  const [least, most] = UNIT_MULTIPLIER_RANGE;
  // GraphQL's Int has refused fractions already.
  if (multiplier != null && (multiplier < least || multiplier > most)) problems.push({ field: 'metadata.unitMultiplier', reason: `must be from ${least} to ${most}` });
  return problems;
}

/** The columns a valid metadata input sets, or none when it is left out (an update keeps what is there). */
export function metadataColumns(metadata: IndicatorMetadataInput | null | undefined): Partial<MetadataColumns> {
  if (!metadata) return {};
  return {
    definition: text(metadata.definition),
    definitionZh: text(metadata.definitionZh),
    unitMultiplier: metadata.unitMultiplier ?? 0,
    dataSources: text(metadata.dataSources),
    dataProvider: text(metadata.dataProvider),
    limitations: text(metadata.limitations),
  };
}
