import { cityRef, initiativeRef } from '../federated-stubs';
import type { Indicator } from '../indicator.entity';
import { ObservationStatus } from '../indicator.enums';
import type { Observation } from '../observation.entity';
import type { Target } from '../target.entity';
import type { DeclarationProgress, IndicatorProgress, InitiativeProgress } from './analytics.types';
import { progressTowardTarget } from './progress-method';
import { mean } from './statistics';

/** SDSN's rule: no overall score for a unit missing more than 20 % of its data. */
export const MIN_INDEX_COVERAGE = 0.8;


/**
 * A city's progress toward the declaration in one period, from the catalogue, the city's observations of
 * that period and its targets (method in the `DeclarationProgress` type).
 */
export function computeProgress(
  cityId: string,
  period: string,
  catalogue: readonly Indicator[],
  observations: readonly Pick<Observation, 'indicatorCode' | 'period' | 'value' | 'status'>[],
  targets: readonly Pick<Target, 'indicatorCode' | 'baselineValue' | 'targetValue'>[],
): DeclarationProgress {
  const values = new Map<string, number>();
  for (const row of observations) if (row.period === period && row.status !== ObservationStatus.REJECTED) values.set(row.indicatorCode, row.value);
  const targetOf = new Map<string, (typeof targets)[number]>();
  for (const target of targets) targetOf.set(target.indicatorCode, target);
  const byInitiative = new Map<string, IndicatorProgress[]>();
  for (const indicator of catalogue) {
    const value = values.get(indicator.code) ?? null;
    const target = targetOf.get(indicator.code);
    const entry: IndicatorProgress = {
      indicator,
      value,
      baselineValue: target?.baselineValue ?? null,
      targetValue: target?.targetValue ?? null,
      progress: value === null || !target ? null : progressTowardTarget(value, target.baselineValue, target.targetValue),
    };
    const entries = byInitiative.get(indicator.initiativeId);
    if (entries) entries.push(entry);
    else byInitiative.set(indicator.initiativeId, [entry]);
  }
  const initiatives: InitiativeProgress[] = [...byInitiative.entries()]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([initiativeId, indicators]) => {
      const withData = indicators.filter((entry) => entry.progress !== null);
      return {
        initiative: initiativeRef(initiativeId),
        score: mean(withData.map((entry) => entry.progress as number)),
        indicatorsWithData: withData.length,
        indicatorsDefined: indicators.length,
        coverage: withData.length / indicators.length,
        indicators,
      };
    });
  const withData = initiatives.reduce((sum, initiative) => sum + initiative.indicatorsWithData, 0);
  const defined = initiatives.reduce((sum, initiative) => sum + initiative.indicatorsDefined, 0);
  const coverage = defined === 0 ? 0 : withData / defined;
  const enough = coverage >= MIN_INDEX_COVERAGE;
  return {
    city: cityRef(cityId),
    period,
    index: enough ? mean(initiatives.filter((initiative) => initiative.score !== null).map((initiative) => initiative.score as number)) : null,
    indexMissingReason: enough
      ? null
      : `Only ${withData} of ${defined} indicators have a value and a target for ${period} (${Math.round(coverage * 100)} %); the index needs at least ${MIN_INDEX_COVERAGE * 100} %.`,
    coverage,
    initiatives,
  };
}
