import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { repoRoot } from '@ugf/runtime';
import { CSV_COLUMNS, type CsvColumn, type Derivation } from '@ugf/import-client';

/** The published data set: values the cities or national bodies have published, each with its citation. */
export const PUBLISHED_DIR = path.join(repoRoot, 'seeds/published');
/** Values of catalogue indicators, in the import format with the citation columns. */
export const PUBLISHED_OBSERVATIONS = path.join(PUBLISHED_DIR, 'observations.csv');
/** Values found for indicators the catalogue does not have yet: same columns, not loaded. */
export const AWAITING_INDICATORS = path.join(PUBLISHED_DIR, 'awaiting-indicators.csv');

type NotUsed = 'expected_revision' | 'sex' | 'age' | 'urbanisation' | 'district' | 'unit_multiplier' | 'series_break' | 'series_break_reason';
const NOT_USED: readonly string[] = ['expected_revision', 'sex', 'age', 'urbanisation', 'district', 'unit_multiplier', 'series_break', 'series_break_reason'] satisfies NotUsed[];
export type PublishedColumn = Exclude<CsvColumn, NotUsed>;
/** The import format's columns (CSV_COLUMNS, in its order) that published values use: no breakdown, no unit multiplier or series break, no revision read before. */
export const PUBLISHED_COLUMNS = CSV_COLUMNS.filter((column): column is PublishedColumn => !NOT_USED.includes(column));

export type PublishedRow = Record<PublishedColumn, string> & { line: number };

/** How a value was obtained from its source: the schema's Derivation, whose meanings `derivedValue` recomputes. */
export type { Derivation };

/** The rows of a published-data file, with their line numbers; the header must be exactly PUBLISHED_COLUMNS. */
export function readPublishedRows(file: string): { header: string[]; rows: PublishedRow[] } {
  const records = parse(fs.readFileSync(file, 'utf8'), { bom: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  const [first, ...data] = records;
  const header = first?.record ?? [];
  const rows = data.map(({ record, info }) => {
    const row = { line: info.lines } as PublishedRow;
    header.forEach((column, index) => (row[column as PublishedColumn] = record[index] ?? ''));
    return row;
  });
  return { header, rows };
}
