import { storedValue } from '../stored-value';
import type { ValueAttributes } from './value-attributes';

/** Unit multipliers (powers of ten) an indicator or a value may be expressed in. */
export const UNIT_MULTIPLIER_RANGE = [-15, 15] as const;

/** A value with its attributes, as stored: in units of 10^(its unitMultiplier, else the indicator's). */
export interface AttributedValue {
  value: number;
  attributes: ValueAttributes;
}

/** How many of the indicator's units one unit of the value is: 10^(value's multiplier − indicator's). */
const scaleToIndicator = (valueMultiplier: number | null, indicatorMultiplier: number) => 10 ** ((valueMultiplier ?? indicatorMultiplier) - indicatorMultiplier);

/** A number given in units of 10^valueMultiplier (null: the indicator's own) in the indicator's multiplier, at the stored precision. */
export function toIndicatorScale(number: number, valueMultiplier: number | null, indicatorMultiplier: number): number {
  const factor = scaleToIndicator(valueMultiplier, indicatorMultiplier);
  return factor === 1 ? number : storedValue(number * factor);
}

/**
 * The value and its bounds in the indicator's unit and multiplier, so that values reported in other
 * multipliers compare; the attributes then say the indicator's multiplier (null).
 */
export function inIndicatorScale({ value, attributes }: AttributedValue, indicatorMultiplier: number): AttributedValue {
  const { unitMultiplier } = attributes;
  if (unitMultiplier === null) return { value, attributes };
  const scale = (number: number) => toIndicatorScale(number, unitMultiplier, indicatorMultiplier);
  return {
    value: scale(value),
    attributes: {
      ...attributes,
      lowerBound: attributes.lowerBound === null ? null : scale(attributes.lowerBound),
      upperBound: attributes.upperBound === null ? null : scale(attributes.upperBound),
      unitMultiplier: null,
    },
  };
}
