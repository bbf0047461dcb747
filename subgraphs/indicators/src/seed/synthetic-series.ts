import { Direction, IndicatorKind } from '../indicator.enums';
import { seededRandom } from './prng';

export interface SampleProfile {
  /** Plausible 2019 value for a weak city. */
  low: number;
  /** Plausible 2019 value for a strong city. */
  high: number;
  /** Typical relative improvement per year, in percent, in the indicator's good direction. */
  annualImprovementPct: number;
  decimals: number;
}

export interface SeriesIndicator {
  code: string;
  direction: Direction;
  kind: IndicatorKind;
  validMin: number | null;
  validMax: number | null;
}

export interface SyntheticSeries {
  values: { year: number; value: number }[];
  baseline: { year: number; value: number };
  target: { year: number; value: number };
}

export interface SampleCity {
  id: string;
  population: number;
}

export const SAMPLE_BASE_YEAR = 2019;
/** Count profiles describe a city of about this size; counts of other cities scale with population. */
const TYPICAL_POPULATION = 12_000_000;
export const TARGET_YEAR = 2030;

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

function clamp(value: number, min: number | null, max: number | null): number {
  return Math.min(max ?? Infinity, Math.max(min ?? -Infinity, value));
}

/** Value after `years` of improvement at `pace` (a fraction per year; negative means deterioration). */
function project(base: number, pace: number, years: number, indicator: SeriesIndicator): number {
  const bounded = indicator.kind === IndicatorKind.PERCENT || indicator.kind === IndicatorKind.INDEX;
  if (indicator.direction === Direction.LOWER_IS_BETTER) return base * (1 - pace) ** years;
  // Shares and indices close their gap to 100 rather than grow without bound.
  if (bounded) return 100 - (100 - base) * (1 - pace) ** years;
  return base * (1 + pace) ** years;
}

/**
 * A smooth, plausible, deterministic trajectory for one city and indicator: the city's position between
 * the profile's weak and strong values depends on a per-city strength plus noise (counts are scaled by
 * population), its pace on a per-series
 * draw (about one series in eight deteriorates), and each year adds ±1 % noise. The 2030 target asks for a
 * little more than the typical pace from the 2019 baseline.
 */
export function syntheticSeries(city: SampleCity, indicator: SeriesIndicator, profile: SampleProfile, years: readonly number[]): SyntheticSeries {
  const cityStrength = seededRandom(`city:${city.id}`)();
  const random = seededRandom(`series:${city.id}:${indicator.code}`);
  const position = 0.6 * cityStrength + 0.4 * random();
  const scale = indicator.kind === IndicatorKind.COUNT ? city.population / TYPICAL_POPULATION : 1;
  const base = (profile.low + position * (profile.high - profile.low)) * scale;
  const typicalPace = profile.annualImprovementPct / 100;
  const pace = random() < 0.125 ? -0.5 * typicalPace * random() : typicalPace * (0.3 + 1.4 * random());
  const finish = (value: number) => round(clamp(value, indicator.validMin, indicator.validMax), profile.decimals);

  const values = years.map((year) => {
    const noise = year === SAMPLE_BASE_YEAR ? 1 : 1 + (random() - 0.5) * 0.02;
    return { year, value: finish(project(base, pace, year - SAMPLE_BASE_YEAR, indicator) * noise) };
  });
  return {
    values,
    baseline: { year: SAMPLE_BASE_YEAR, value: finish(base) },
    target: { year: TARGET_YEAR, value: finish(project(base, typicalPace * 1.2, TARGET_YEAR - SAMPLE_BASE_YEAR, indicator)) },
  };
}
