import { graphql } from '../gql';
import type { ValueAttributesFieldsFragment } from '../gql/graphql';
import type { MessageKey } from '../i18n';

export const ValueAttributesFields = graphql(`
  fragment ValueAttributesFields on ValueAttributes {
    nature lowerBound upperBound seriesBreak seriesBreakReason footnotes
  }
`);

export type ValueAttributes = ValueAttributesFieldsFragment;
export type Interval = { lower: number; upper: number };

export const interval = (attributes: ValueAttributes | null | undefined): Interval | null =>
  attributes && typeof attributes.lowerBound === 'number' && typeof attributes.upperBound === 'number' ? { lower: attributes.lowerBound, upper: attributes.upperBound } : null;

/** Estimated and modelled values are not the city's measurement: they are drawn hatched (bars) or hollow (points). */
export const isEstimate = (attributes: ValueAttributes | null | undefined) => attributes?.nature === 'E' || attributes?.nature === 'M';

/** The same attributes without the interval: for derived figures (per 100,000 residents) the bounds do not apply to. */
export const withoutInterval = (attributes: ValueAttributes): ValueAttributes => ({ ...attributes, lowerBound: null, upperBound: null });

export interface Note {
  mark: number;
  text: string;
  seriesBreak: boolean;
}

/** The notes of a set of values, numbered once each, and the numbers each value refers to (`marks[i]`, in the order of the values). */
export interface Notes {
  list: Note[];
  marks: number[][];
}

export function collectNotes(values: readonly (ValueAttributes | null | undefined)[]): Notes {
  const list: Note[] = [];
  const numbered = new Map<string, number>();
  const mark = (text: string, seriesBreak: boolean) => {
    const key = `${seriesBreak ? 'break' : 'note'}:${text}`;
    let number = numbered.get(key);
    if (number === undefined) {
      number = list.length + 1;
      numbered.set(key, number);
      list.push({ mark: number, text, seriesBreak });
    }
    return number;
  };
  const marks = values.map((attributes) => {
    if (!attributes) return [];
    const own = attributes.seriesBreak ? [mark(attributes.seriesBreakReason ?? '', true)] : [];
    return [...own, ...attributes.footnotes.map((text) => mark(text, false))];
  });
  return { list, marks };
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Note numbers as superscript characters, for text drawn on a canvas. */
export const superscript = (marks: readonly number[]) => marks.map((mark) => [...String(mark)].map((digit) => SUPERSCRIPT[Number(digit)]).join('')).join('˒');

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export const natureKey = (attributes: ValueAttributes | null | undefined): MessageKey => (attributes?.nature ? `nature.${attributes.nature}` : 'nature.none');
