import type { Indicator } from '../indicator.entity';
import type { Target } from '../target.entity';
import type { DefinitionContent, IndicatorContent, MetadataContent } from './indicator-revision.entity';
import type { TargetContent } from './target-revision.entity';

/** The snapshot a target's revision keeps. */
export function targetContent(row: Pick<Target, keyof TargetContent>): TargetContent {
  return {
    baselinePeriod: row.baselinePeriod,
    baselineValue: Number(row.baselineValue),
    targetPeriod: row.targetPeriod,
    targetValue: Number(row.targetValue),
    source: row.source,
  };
}

const numberOrNull = (value: number | string | null) => (value === null ? null : Number(value));

/** The snapshot an indicator definition's revision keeps (the framework references are not edited through the API). */
export function indicatorContent(row: Pick<Indicator, keyof IndicatorContent>): IndicatorContent {
  return { ...definitionContent(row), ...metadataContent(row) };
}

/** The metadata part of the snapshot; revisions recorded before the metadata existed lack it. */
function metadataContent(row: Pick<Indicator, keyof MetadataContent>): MetadataContent {
  return {
    definition: row.definition,
    definitionZh: row.definitionZh,
    unitMultiplier: row.unitMultiplier,
    dataSources: row.dataSources,
    dataProvider: row.dataProvider,
    limitations: row.limitations,
  };
}

/** The snapshot without the metadata, as the history migration recorded it. */
export function definitionContent(row: Pick<Indicator, keyof DefinitionContent>): DefinitionContent {
  return {
    name: row.name,
    nameZh: row.nameZh,
    unit: row.unit,
    direction: row.direction,
    periodicity: row.periodicity,
    kind: row.kind,
    validMin: numberOrNull(row.validMin),
    validMax: numberOrNull(row.validMax),
    plausibleChangePct: Number(row.plausibleChangePct),
    method: row.method,
    initiativeId: row.initiativeId,
  };
}

export const targetKey = (row: { cityId: string; indicatorCode: string }) => `${row.cityId}|${row.indicatorCode}`;
