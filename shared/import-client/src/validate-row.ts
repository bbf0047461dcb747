import type { CitationInput, Derivation, ObservationInput, ValueAttributesInput, ValueNature } from './contract';

/**
 * The documented CSV layout. `note`, `expected_revision`, the breakdown and the attribute columns may be
 * left out of the header; every other column is required. `expected_revision` is the revision of the value
 * the row corrects, as read before. A breakdown column holds a code of its dimension (`F`, `440305`), empty
 * for the total of that dimension. The attribute columns are the value's nature code, its bounds, its unit
 * multiplier, `true` for a series break with its reason, and footnotes separated by ` | ` (as the exports write them).
 * The citation columns say where the value was published (the columns of seeds/published); a row with any of
 * them gives publisher, title, URL, date and quote.
 */
export const CSV_COLUMNS = [
  'city_id',
  'indicator_code',
  'period',
  'value',
  'source',
  'note',
  'expected_revision',
  'sex',
  'age',
  'urbanisation',
  'district',
  'nature',
  'lower_bound',
  'upper_bound',
  'unit_multiplier',
  'series_break',
  'series_break_reason',
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
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['city_id', 'indicator_code', 'period', 'value', 'source'];
/** The breakdown columns and the dimension each gives a code of (the server checks the code lists and the indicator's dimensions). */
export const DIMENSION_COLUMNS: Readonly<Partial<Record<CsvColumn, string>>> = { sex: 'SEX', age: 'AGE', urbanisation: 'URBANISATION', district: 'DISTRICT' };
const CODE_PATTERN = /^[A-Za-z0-9_]{1,20}$/;
const NATURES: readonly ValueNature[] = ['C', 'CA', 'E', 'M', 'G', 'N'];
/** How a value follows from its quoted figures (the schema's Derivation). */
export const DERIVATIONS: readonly Derivation[] = ['REPORTED', 'DAYS_SHARE', 'RATIO'];
const CITATION_REQUIRED: readonly CsvColumn[] = ['source_publisher', 'source_title', 'source_url', 'source_published_on', 'source_quote'];
const CITATION_COLUMNS: readonly CsvColumn[] = [...CITATION_REQUIRED, 'source_unit', 'derivation', 'derivation_inputs'];
/** Footnotes share one cell, separated by `|` (the exports write ` | `). */
const FOOTNOTE_SEPARATOR = '|';

export const PERIOD_PATTERN = /^\d{4}(-Q[1-4])?$/;
export const MAX_SOURCE_LENGTH = 500;
export const MAX_NOTE_LENGTH = 2000;

// Plain decimal notation only: Number() alone would also accept "", "0x1F", "Infinity" and "1_000".
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export type RowValidation = { ok: true; input: ObservationInput } | { ok: false; reasons: string[] };

/** Checks one row's cells (already trimmed) without the network; every problem is reported, not only the first. */
export function validateRow(cells: Readonly<Record<CsvColumn, string>>): RowValidation {
  const reasons: string[] = [];
  for (const column of REQUIRED_COLUMNS) {
    if (cells[column] === '') reasons.push(`${column}: is empty`);
  }
  if (cells.period !== '' && !PERIOD_PATTERN.test(cells.period)) {
    reasons.push(`period: ${quote(cells.period)} is neither a year (2024) nor a quarter (2024-Q3)`);
  }
  const value = decimal(reasons, 'value', cells.value);
  checkLength(reasons, 'source', cells.source, MAX_SOURCE_LENGTH);
  checkLength(reasons, 'note', cells.note, MAX_NOTE_LENGTH);
  const expectedRevision = cells.expected_revision === '' ? null : /^\d{1,9}$/.test(cells.expected_revision) ? Number(cells.expected_revision) : Number.NaN;
  if (expectedRevision !== null && !(expectedRevision >= 1)) {
    reasons.push(`expected_revision: ${quote(cells.expected_revision)} is not a revision number (1 or more); leave it empty for a new value`);
  }
  const breakdown: { dimension: string; code: string }[] = [];
  for (const [column, dimension] of Object.entries(DIMENSION_COLUMNS) as [CsvColumn, string][]) {
    const code = cells[column];
    if (code === '') continue;
    if (CODE_PATTERN.test(code)) breakdown.push({ dimension, code });
    else reasons.push(`${column}: ${quote(code)} is not a ${dimension} code (letters, digits and _; leave it empty for the total)`);
  }
  const attributes = readAttributes(reasons, cells);
  const citation = readCitation(reasons, cells);
  if (reasons.length > 0) return { ok: false, reasons };
  return {
    ok: true,
    input: {
      cityId: cells.city_id,
      indicatorCode: cells.indicator_code,
      period: cells.period,
      value,
      source: cells.source,
      note: cells.note === '' ? null : cells.note,
      ...(expectedRevision === null ? {} : { expectedRevision }),
      ...(breakdown.length === 0 ? {} : { breakdown }),
      ...(attributes === null ? {} : { attributes }),
      ...(citation === null ? {} : { citation }),
    },
  };
}

/** A plain decimal cell as a number (NaN for an empty one); a malformed one adds a reason. */
function decimal(reasons: string[], column: CsvColumn, cell: string): number {
  const number = DECIMAL.test(cell) ? Number(cell) : Number.NaN;
  if (cell !== '' && !Number.isFinite(number)) reasons.push(`${column}: ${quote(cell)} is not a finite number`);
  return number;
}

/**
 * The attribute cells as the mutation's `attributes`, or null when the row states none. Their shapes are
 * checked here; how they fit the value (bounds around it, a reason with a break) the server checks.
 */
function readAttributes(reasons: string[], cells: Readonly<Record<CsvColumn, string>>): ValueAttributesInput | null {
  const attributes: ValueAttributesInput = {};
  if (cells.nature !== '') {
    if (NATURES.includes(cells.nature as ValueNature)) attributes.nature = cells.nature as ValueNature;
    else reasons.push(`nature: ${quote(cells.nature)} is not a nature code (${NATURES.join(', ')})`);
  }
  if (cells.lower_bound !== '') attributes.lowerBound = decimal(reasons, 'lower_bound', cells.lower_bound);
  if (cells.upper_bound !== '') attributes.upperBound = decimal(reasons, 'upper_bound', cells.upper_bound);
  if (cells.unit_multiplier !== '') {
    if (/^[+-]?\d{1,2}$/.test(cells.unit_multiplier)) attributes.unitMultiplier = Number(cells.unit_multiplier);
    else reasons.push(`unit_multiplier: ${quote(cells.unit_multiplier)} is not a whole power of ten (-15 to 15)`);
  }
  if (cells.series_break !== '') {
    if (cells.series_break === 'true' || cells.series_break === 'false') attributes.seriesBreak = cells.series_break === 'true';
    else reasons.push(`series_break: ${quote(cells.series_break)} is neither true nor false`);
  }
  if (cells.series_break_reason !== '') attributes.seriesBreakReason = cells.series_break_reason;
  if (cells.footnotes !== '') attributes.footnotes = cells.footnotes.split(FOOTNOTE_SEPARATOR).map((footnote) => footnote.trim());
  return Object.keys(attributes).length === 0 ? null : attributes;
}

/** The citation cells as the mutation's `citation`, or null when the row has none; the server checks the URL and the date. */
function readCitation(reasons: string[], cells: Readonly<Record<CsvColumn, string>>): CitationInput | null {
  if (CITATION_COLUMNS.every((column) => cells[column] === '')) return null;
  for (const column of CITATION_REQUIRED) if (cells[column] === '') reasons.push(`${column}: is empty; a citation needs publisher, title, URL, date and quote`);
  const derivation = cells.derivation === '' ? 'REPORTED' : (cells.derivation as Derivation);
  if (!DERIVATIONS.includes(derivation)) reasons.push(`derivation: ${quote(cells.derivation)} is not one of ${DERIVATIONS.join(', ')}`);
  const inputs = cells.derivation_inputs === '' ? [] : cells.derivation_inputs.split(';').map((input) => decimal(reasons, 'derivation_inputs', input.trim()));
  return {
    publisher: cells.source_publisher,
    title: cells.source_title,
    url: cells.source_url,
    publishedOn: cells.source_published_on,
    quote: cells.source_quote,
    sourceUnit: cells.source_unit === '' ? null : cells.source_unit,
    derivation,
    derivationInputs: inputs,
  };
}

/** Counted as the server counts them (UTF-16 units): a Chinese character is one, an emoji two. */
function checkLength(reasons: string[], column: CsvColumn, text: string, max: number): void {
  const length = text.length;
  if (length > max) reasons.push(`${column}: ${length} characters, at most ${max} allowed`);
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
