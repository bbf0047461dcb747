import { isStorable, MAX_STORED_MAGNITUDE, storedValue } from '../stored-value';
import { UNIT_MULTIPLIER_RANGE } from './indicator-scale';
import type { ValueAttributes, ValueAttributesInput } from './value-attributes';

export const MAX_FOOTNOTES = 5;
export const MAX_FOOTNOTE_LENGTH = 500;
export const MAX_BREAK_REASON_LENGTH = 500;

interface Problem {
  field: string;
  reason: string;
}

const text = (value: string | null | undefined) => value?.trim() || null;

/** What is wrong with the attributes given for `value`; field names are paths in the item (`attributes.lowerBound`). */
export function attributeProblems(value: number, input: ValueAttributesInput | null | undefined): Problem[] {
  if (!input) return [];
  const problems: Problem[] = [];
  const { lowerBound, upperBound, unitMultiplier, seriesBreak, seriesBreakReason, footnotes } = input;
  if ((lowerBound == null) !== (upperBound == null)) {
    problems.push({ field: lowerBound == null ? 'attributes.lowerBound' : 'attributes.upperBound', reason: 'is required with the other bound: give both ends of the interval, or neither' });
  }
  for (const [field, bound] of [
    ['lowerBound', lowerBound],
    ['upperBound', upperBound],
  ] as const) {
    if (bound != null && !isStorable(bound)) problems.push({ field: `attributes.${field}`, reason: `must be a finite number of at most ${MAX_STORED_MAGNITUDE.toLocaleString('en')} in size` });
  }
  if (lowerBound != null && upperBound != null && isStorable(lowerBound) && isStorable(upperBound) && isStorable(value)) {
    if (lowerBound > value) problems.push({ field: 'attributes.lowerBound', reason: `is ${lowerBound}, above the value ${value}: the interval must contain the value` });
    if (upperBound < value) problems.push({ field: 'attributes.upperBound', reason: `is ${upperBound}, below the value ${value}: the interval must contain the value` });
  }
  const [least, most] = UNIT_MULTIPLIER_RANGE;
  // GraphQL's Int has refused fractions already.
  if (unitMultiplier != null && (unitMultiplier < least || unitMultiplier > most)) problems.push({ field: 'attributes.unitMultiplier', reason: `must be from ${least} to ${most}` });
  const reason = text(seriesBreakReason);
  if (seriesBreak && !reason) problems.push({ field: 'attributes.seriesBreakReason', reason: 'is required when seriesBreak is true: say what changed' });
  if (!seriesBreak && seriesBreakReason != null) problems.push({ field: 'attributes.seriesBreakReason', reason: 'is given only with seriesBreak: true' });
  if (reason && reason.length > MAX_BREAK_REASON_LENGTH) problems.push({ field: 'attributes.seriesBreakReason', reason: `must be at most ${MAX_BREAK_REASON_LENGTH} characters` });
  if (footnotes && footnotes.length > MAX_FOOTNOTES) problems.push({ field: 'attributes.footnotes', reason: `holds at most ${MAX_FOOTNOTES} footnotes; ${footnotes.length} were given` });
  (footnotes ?? []).forEach((footnote, position) => {
    const length = footnote.trim().length;
    if (length === 0 || length > MAX_FOOTNOTE_LENGTH) problems.push({ field: `attributes.footnotes[${position}]`, reason: `must be 1 to ${MAX_FOOTNOTE_LENGTH} characters` });
  });
  return problems;
}

/** The attributes as they will be stored and read back: texts trimmed, bounds at the stored precision, absent ones empty. */
export function storedAttributes(input: ValueAttributesInput | null | undefined): ValueAttributes {
  const seriesBreak = input?.seriesBreak === true;
  return {
    nature: input?.nature ?? null,
    lowerBound: input?.lowerBound == null ? null : storedValue(input.lowerBound),
    upperBound: input?.upperBound == null ? null : storedValue(input.upperBound),
    unitMultiplier: input?.unitMultiplier ?? null,
    seriesBreak,
    seriesBreakReason: seriesBreak ? text(input?.seriesBreakReason) : null,
    footnotes: (input?.footnotes ?? []).map((footnote) => footnote.trim()),
  };
}

/** True when two stored attribute sets say the same: a resubmission that changes any of them is a correction. */
export function sameAttributes(a: ValueAttributes, b: ValueAttributes): boolean {
  return (
    a.nature === b.nature &&
    a.lowerBound === b.lowerBound &&
    a.upperBound === b.upperBound &&
    a.unitMultiplier === b.unitMultiplier &&
    a.seriesBreak === b.seriesBreak &&
    a.seriesBreakReason === b.seriesBreakReason &&
    a.footnotes.length === b.footnotes.length &&
    a.footnotes.every((footnote, index) => footnote === b.footnotes[index])
  );
}

/** True when an input states any attribute: only then does it enter a batch's request hash, so keys used before attributes existed still replay. */
export const statesAttributes = (input: ValueAttributesInput | null | undefined) => !sameAttributes(storedAttributes(input), storedAttributes(null));
