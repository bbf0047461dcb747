import type { SelectQueryBuilder } from 'typeorm';
import type { ValueAttributes } from './value-attributes';
import type { ValueNature } from './value-nature';

/** ValueAttributes as a raw query hands them back: DECIMAL as strings on some drivers, booleans as 0/1, footnotes as JSON text. */
export interface RawAttributes {
  nature: string | null;
  lowerBound: string | number | null;
  upperBound: string | number | null;
  unitMultiplier: string | number | null;
  seriesBreak: boolean | number | string;
  seriesBreakReason: string | null;
  footnotes: string | null;
}

const number = (value: string | number | null) => (value === null ? null : Number(value));

/** A boolean column as a raw query hands it back: true or false, or 0 or 1 (SQLite, MySQL). */
export const rawBoolean = (value: boolean | number | string) => value === true || Number(value) === 1;

/** Adds the attribute columns of the observation alias to a raw selection, under the names RawAttributes reads. */
export function selectAttributes<T extends object>(query: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  return query
    .addSelect(`${alias}.nature`, 'nature')
    .addSelect(`${alias}.lower_bound`, 'lowerBound')
    .addSelect(`${alias}.upper_bound`, 'upperBound')
    .addSelect(`${alias}.unit_multiplier`, 'unitMultiplier')
    .addSelect(`${alias}.series_break`, 'seriesBreak')
    .addSelect(`${alias}.series_break_reason`, 'seriesBreakReason')
    .addSelect(`${alias}.footnotes`, 'footnotes');
}

export function attributesFromRaw(raw: RawAttributes): ValueAttributes {
  return {
    nature: raw.nature as ValueNature | null,
    lowerBound: number(raw.lowerBound),
    upperBound: number(raw.upperBound),
    unitMultiplier: number(raw.unitMultiplier),
    seriesBreak: rawBoolean(raw.seriesBreak),
    seriesBreakReason: raw.seriesBreakReason,
    footnotes: raw.footnotes ? (JSON.parse(raw.footnotes) as string[]) : [],
  };
}
