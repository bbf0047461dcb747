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
export const scaleToIndicator = (valueMultiplier: number | null, indicatorMultiplier: number) => 10 ** ((valueMultiplier ?? indicatorMultiplier) - indicatorMultiplier);

const scaled = (number: number, factor: number) => (factor === 1 ? number : storedValue(number * factor));

/**
 * The value and its bounds in the indicator's unit and multiplier, so that values reported in other
 * multipliers compare; the attributes then say the indicator's multiplier (null).
 */
export function inIndicatorScale({ value, attributes }: AttributedValue, indicatorMultiplier: number): AttributedValue {
  const factor = scaleToIndicator(attributes.unitMultiplier, indicatorMultiplier);
  if (factor === 1 && attributes.unitMultiplier === null) return { value, attributes };
  return {
    value: scaled(value, factor),
    attributes: {
      ...attributes,
      lowerBound: attributes.lowerBound === null ? null : scaled(attributes.lowerBound, factor),
      upperBound: attributes.upperBound === null ? null : scaled(attributes.upperBound, factor),
      unitMultiplier: null,
    },
  };
}
