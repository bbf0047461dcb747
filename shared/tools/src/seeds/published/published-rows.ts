import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { repoRoot } from '@ugf/runtime';

/** The published data set: values the cities or national bodies have published, each with its citation. */
export const PUBLISHED_DIR = path.join(repoRoot, 'seeds/published');
/** Values of catalogue indicators, in the import format with the citation columns. */
export const PUBLISHED_OBSERVATIONS = path.join(PUBLISHED_DIR, 'observations.csv');
/** Values found for indicators the catalogue does not have yet: same columns, not loaded. */
export const AWAITING_INDICATORS = path.join(PUBLISHED_DIR, 'awaiting-indicators.csv');

/** The import format's columns, then the citation's. */
export const PUBLISHED_COLUMNS = [
  'city_id',
  'indicator_code',
  'period',
  'value',
  'source',
  'note',
  'nature',
  'lower_bound',
  'upper_bound',
  'footnotes',
  'source_publisher',
  'source_title',
  'source_url',
  'source_published_on',
  'source_quote',
  'source_unit',
  'derivation',
  'derivation_inputs',
] as const;

export type PublishedColumn = (typeof PUBLISHED_COLUMNS)[number];
export type PublishedRow = Record<PublishedColumn, string> & { line: number };

/** How a value was obtained from its source. */
export enum Derivation {
  /** The value is written in the quoted sentence. */
  REPORTED = 'REPORTED',
  /** A share of days: 100 × the quoted day count ÷ the days of the year, to one decimal. */
  DAYS_SHARE = 'DAYS_SHARE',
  /** A ratio of two quoted figures (`a;b`: a ÷ b), to two decimals. */
  RATIO = 'RATIO',
}

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
