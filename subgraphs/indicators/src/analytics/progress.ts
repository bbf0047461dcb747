import { cityRef, initiativeRef } from '../federated-stubs';
import type { Indicator } from '../indicator.entity';
import type { Observation } from '../observation.entity';
import type { Target } from '../target.entity';
import type { DeclarationProgress, IndicatorProgress } from './analytics.types';
import { progressTowardTarget } from './progress-method';
import { toIndicatorScale } from '../attributes/indicator-scale';
import { type CatalogueEntry, type ProgressSummary, type ProgressTallies, summariseProgress, tallyProgress } from './progress-summary';

/** A city's value of an indicator in the period in question; REJECTED values are never among them. */
type ProgressObservation = Pick<Observation, 'indicatorCode' | 'value'> & { unitMultiplier: number | null };
type ProgressTarget = Pick<Target, 'indicatorCode' | 'baselineValue' | 'targetValue'>;

/** Each indicator code's position in the catalogue, built once per catalogue: the request's loader gives every city the same array. */
const positionsByCatalogue = new WeakMap<readonly CatalogueEntry[], Map<string, number>>();

function positionsIn(catalogue: readonly CatalogueEntry[]): Map<string, number> {
  let positions = positionsByCatalogue.get(catalogue);
  if (!positions) positionsByCatalogue.set(catalogue, (positions = new Map(catalogue.map((indicator, position) => [indicator.code, position]))));
  return positions;
}

/** A city's values of one period (in each indicator's unit multiplier, as targets are) and its targets, by catalogue position. */
class CityInputs {
  readonly values: (number | undefined)[];
  readonly targets: (ProgressTarget | undefined)[];

  constructor(catalogue: readonly CatalogueEntry[], observations: readonly ProgressObservation[], targets: readonly ProgressTarget[]) {
    const positions = positionsIn(catalogue);
    this.values = new Array<number | undefined>(catalogue.length);
    this.targets = new Array<ProgressTarget | undefined>(catalogue.length);
    for (const row of observations) {
      const position = positions.get(row.indicatorCode);
      if (position !== undefined) this.values[position] = toIndicatorScale(row.value, row.unitMultiplier, catalogue[position].unitMultiplier);
    }
    for (const target of targets) {
      const position = positions.get(target.indicatorCode);
      if (position !== undefined) this.targets[position] = target;
    }
  }

  progress(position: number): number | null {
    const value = this.values[position];
    const target = this.targets[position];
    return value === undefined || !target ? null : progressTowardTarget(value, target.baselineValue, target.targetValue);
  }
}

/** The tallies of a city's progress that the write path keeps (scores/), computed as `summariseCityProgress` computes them. */
export function tallyCityProgress(catalogue: readonly CatalogueEntry[], observations: readonly ProgressObservation[], targets: readonly ProgressTarget[]): ProgressTallies {
  const inputs = new CityInputs(catalogue, observations, targets);
  return tallyProgress(catalogue, (_indicator, position) => inputs.progress(position));
}

/** Only the scores of a city's progress: what rankings of cities need, without an entry per indicator. */
export function summariseCityProgress(period: string, catalogue: readonly Indicator[], observations: readonly ProgressObservation[], targets: readonly ProgressTarget[]): ProgressSummary {
  const inputs = new CityInputs(catalogue, observations, targets);
  return summariseProgress(period, catalogue, (_indicator, position) => inputs.progress(position));
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
  const summary = summariseProgress(period, catalogue, (indicator, position) => {
    const target = inputs.targets[position];
    const entry: IndicatorProgress = {
      indicator,
      value: inputs.values[position] ?? null,
      baselineValue: target?.baselineValue ?? null,
      targetValue: target?.targetValue ?? null,
      progress: inputs.progress(position),
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
