import type { Indicator } from '../indicator.entity';
import { formatPeriod, isFuturePeriod, PERIOD_FORMAT, parsePeriod, periodicityOf } from '../period';
import { isStorable, MAX_STORED_MAGNITUDE } from '../stored-value';
import type { ObservationInput } from './submission.types';
import { breakdownKey, breakdownProblems } from '../dimensions/breakdown-key';
import type { DimensionRegistry } from '../dimensions/registry';
import { attributeProblems } from '../attributes/attribute-rules';
import { toIndicatorScale, UNIT_MULTIPLIER_RANGE } from '../attributes/indicator-scale';
import { citationProblems } from '../citation/citation-rules';

export interface InvalidItem {
  index: number;
  field: string;
  reason: string;
}

export interface CatalogueView {
  indicators: ReadonlyMap<string, Indicator>;
  dimensions: DimensionRegistry;
  enrolledCities: ReadonlySet<string>;
  now: Date;
}

export const MAX_SOURCE_LENGTH = 500;
export const MAX_NOTE_LENGTH = 2000;

export const observationKey = (cityId: string, indicatorCode: string, period: string, breakdown: string) => `${cityId}|${indicatorCode}|${period}|${breakdown}`;

/** How a message names an item's observation: `shenzhen HOTLINE_SATISFACTION_RATE 2025`, with ` SEX=F` for a breakdown. */
export function itemLabel(item: ObservationInput): string {
  const breakdown = breakdownKey(item.breakdown);
  return `${item.cityId} ${item.indicatorCode} ${item.period}${breakdown ? ` ${breakdown}` : ''}`;
}

/** The key of an item, its breakdown in canonical form. */
export const itemKey = (item: ObservationInput) => observationKey(item.cityId, item.indicatorCode, item.period, breakdownKey(item.breakdown));

function checkItem(item: ObservationInput, catalogue: CatalogueView): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  const indicator = catalogue.indicators.get(item.indicatorCode);
  if (!catalogue.enrolledCities.has(item.cityId)) problems.push({ field: 'cityId', reason: `unknown city "${item.cityId}"` });
  if (!indicator) problems.push({ field: 'indicatorCode', reason: `unknown indicator "${item.indicatorCode}"` });
  else for (const reason of breakdownProblems(item.breakdown ?? [], catalogue.dimensions, item.indicatorCode, item.cityId)) problems.push({ field: 'breakdown', reason });
  const period = parsePeriod(item.period);
  if (!period) {
    problems.push({ field: 'period', reason: `must be ${PERIOD_FORMAT}` });
  } else {
    if (indicator && periodicityOf(period) !== indicator.periodicity) {
      problems.push({ field: 'period', reason: `${indicator.code} is reported ${indicator.periodicity.toLowerCase()}, so "${item.period}" is not one of its periods` });
    }
    if (isFuturePeriod(period, catalogue.now)) problems.push({ field: 'period', reason: `${formatPeriod(period)} has not started yet` });
  }
  if (!isStorable(item.value)) {
    problems.push({ field: 'value', reason: `must be a finite number of at most ${MAX_STORED_MAGNITUDE.toLocaleString('en')} in size` });
  } else if (indicator) {
    const { validMin, validMax } = indicator;
    const given = item.attributes?.unitMultiplier ?? null;
    const [least, most] = UNIT_MULTIPLIER_RANGE;
    // An out-of-range multiplier is refused on its own: the value is not judged in a scale that cannot be.
    const multiplier = given !== null && given >= least && given <= most ? given : null;
    const value = toIndicatorScale(item.value, multiplier, indicator.unitMultiplier);
    if ((validMin !== null && value < validMin) || (validMax !== null && value > validMax)) {
      const range = validMax === null ? `at least ${validMin}` : validMin === null ? `at most ${validMax}` : `between ${validMin} and ${validMax}`;
      const scaled = value === item.value ? '' : `; with unit multiplier ${multiplier} it is ${value}`;
      problems.push({ field: 'value', reason: `must be ${range} (${indicator.unit})${scaled}` });
    }
  }
  problems.push(...attributeProblems(item.value, item.attributes));
  const source = item.source.trim();
  if (source.length === 0 || source.length > MAX_SOURCE_LENGTH) problems.push({ field: 'source', reason: `must be 1 to ${MAX_SOURCE_LENGTH} characters` });
  problems.push(...citationProblems(item.citation, catalogue.now));
  if (item.note != null && item.note.length > MAX_NOTE_LENGTH) problems.push({ field: 'note', reason: `must be at most ${MAX_NOTE_LENGTH} characters` });
  if (item.expectedRevision != null && item.expectedRevision < 1) problems.push({ field: 'expectedRevision', reason: 'must be 1 or more' });
  return problems;
}

/**
 * Checks every item against the catalogue without touching the database; returns every problem of every
 * item, so a data team can fix a whole file in one go. Two items for the same (city, indicator, period)
 * in one batch are refused: which one should win would be a guess.
 */
export function validateItems(items: readonly ObservationInput[], catalogue: CatalogueView): InvalidItem[] {
  const invalid: InvalidItem[] = [];
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    for (const problem of checkItem(item, catalogue)) invalid.push({ index, ...problem });
    const key = itemKey(item);
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else invalid.push({ index, field: 'period', reason: `same city, indicator, period and breakdown as item ${first}` });
  });
  return invalid;
}

/** Why a value needs a closer look: it moved more than the indicator's plausible year-on-year change. */
export function plausibilityFlag(value: number, previous: { period: string; value: number } | undefined, indicator: Indicator): string | null {
  if (!previous || previous.value === 0) return null;
  const changePct = (Math.abs(value - previous.value) / Math.abs(previous.value)) * 100;
  if (changePct <= indicator.plausibleChangePct) return null;
  return `changed ${changePct.toFixed(1)} % from ${previous.period} (${previous.value} to ${value}); plausible up to ${indicator.plausibleChangePct} %`.slice(0, 255);
}
