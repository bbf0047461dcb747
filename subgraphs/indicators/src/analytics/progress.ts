import { cityRef, initiativeRef } from '../federated-stubs';
import type { Indicator } from '../indicator.entity';
import type { Observation } from '../observation.entity';
import type { Target } from '../target.entity';
import type { DeclarationProgress, IndicatorProgress } from './analytics.types';
import { progressTowardTarget } from './progress-method';
import { toIndicatorScale } from '../attributes/indicator-scale';
import { type ProgressSummary, summariseProgress } from './progress-summary';

/** A city's value of an indicator in the period in question; REJECTED values are never among them. */
type ProgressObservation = Pick<Observation, 'indicatorCode' | 'value'> & { unitMultiplier: number | null };
type ProgressTarget = Pick<Target, 'indicatorCode' | 'baselineValue' | 'targetValue'>;

/** A city's values of one period (in each indicator's unit multiplier, as targets are) and its targets, by indicator code. */
class CityInputs {
  readonly values = new Map<string, number>();
  readonly targets = new Map<string, ProgressTarget>();

  constructor(catalogue: readonly Indicator[], observations: readonly ProgressObservation[], targets: readonly ProgressTarget[]) {
    const multipliers = new Map(catalogue.map((indicator) => [indicator.code, indicator.unitMultiplier]));
    for (const row of observations) {
      const multiplier = multipliers.get(row.indicatorCode);
      if (multiplier !== undefined) this.values.set(row.indicatorCode, toIndicatorScale(row.value, row.unitMultiplier, multiplier));
    }
    for (const target of targets) this.targets.set(target.indicatorCode, target);
  }

  progress(code: string): number | null {
    const value = this.values.get(code);
    const target = this.targets.get(code);
    return value === undefined || !target ? null : progressTowardTarget(value, target.baselineValue, target.targetValue);
  }
}

/** Only the scores of a city's progress: what rankings of cities need, without an entry per indicator. */
export function summariseCityProgress(period: string, catalogue: readonly Indicator[], observations: readonly ProgressObservation[], targets: readonly ProgressTarget[]): ProgressSummary {
  const inputs = new CityInputs(catalogue, observations, targets);
  return summariseProgress(period, catalogue, (indicator) => inputs.progress(indicator.code));
}

/**
 * A city's progress toward the declaration in one period, from the catalogue, the city's observations of
 * that period and its targets (method in the `DeclarationProgress` type), with every indicator's entry.
 */
export function computeProgress(
  cityId: string,
  period: string,
  catalogue: readonly Indicator[],
  observations: readonly ProgressObservation[],
  targets: readonly ProgressTarget[],
): Omit<DeclarationProgress, 'includesSample'> {
  const inputs = new CityInputs(catalogue, observations, targets);
  const entries = new Map<string, IndicatorProgress[]>();
  const summary = summariseProgress(period, catalogue, (indicator) => {
    const target = inputs.targets.get(indicator.code);
    const entry: IndicatorProgress = {
      indicator,
      value: inputs.values.get(indicator.code) ?? null,
      baselineValue: target?.baselineValue ?? null,
      targetValue: target?.targetValue ?? null,
      progress: inputs.progress(indicator.code),
    };
    const list = entries.get(indicator.initiativeId);
    if (list) list.push(entry);
    else entries.set(indicator.initiativeId, [entry]);
    return entry.progress;
  });
  return {
    city: cityRef(cityId),
    period,
    index: summary.index,
    indexMissingReason: summary.indexMissingReason,
    coverage: summary.coverage,
    initiatives: summary.initiatives.map(({ initiativeId, ...scores }) => ({ initiative: initiativeRef(initiativeId), ...scores, indicators: entries.get(initiativeId) ?? [] })),
  };
}
