import { parse, type CsvError } from 'csv-parse/sync';
import type { ObservationInput } from './contract';
import { lineIndex, skipLineBreaks } from './line-numbers';
import { isSdmxHeader, SDMX_COLUMN_NAMES, sdmxHeaderProblems, sdmxRowCells } from './sdmx';
import { CSV_COLUMNS, REQUIRED_COLUMNS, validateRow, type CsvColumn } from './validate-row';

/** A row that passed local validation; `line` is the physical line of the file where the row starts. */
export interface CsvRow {
  line: number;
  input: ObservationInput;
}

export interface RejectedRow {
  line: number;
  reason: string;
}

export interface ParsedCsv {
  /** Data rows in the file: the header and blank rows are not counted. */
  rowsRead: number;
  rows: CsvRow[];
  rejected: RejectedRow[];
}

/** The file as a whole cannot be imported (encoding, header, CSV syntax); no row is sent. */
export class CsvFileError extends Error {
  override name = 'CsvFileError';
}

/** Every data row of a file with what the local checks found: `input` when it passed them, else its `reasons`. */
export interface CheckedRow {
  line: number;
  cells: Record<CsvColumn, string>;
  input?: ObservationInput;
  reasons: string[];
}

/**
 * Parses a UTF-8 CSV (with or without BOM, LF or CRLF), in the import layout or as SDMX-CSV 2.0 (first
 * column STRUCTURE, see sdmx.ts), and validates every row locally. Rows with
 * problems are returned in `rejected` with their line number; the file itself is refused only when its
 * encoding, header or CSV syntax is wrong.
 */
export function readCsv(content: Uint8Array | string): ParsedCsv {
  const checked = checkCsvRows(content);
  const parsed: ParsedCsv = { rowsRead: checked.length, rows: [], rejected: [] };
  for (const row of checked) {
    if (row.input) parsed.rows.push({ line: row.line, input: row.input });
    else parsed.rejected.push({ line: row.line, reason: row.reasons.join('; ') });
  }
  return parsed;
}

/** The rule for a file's rows, shared by `npm run import` and the dashboard's Submit page: throws CsvFileError for the file as a whole. */
export function checkCsvRows(content: Uint8Array | string): CheckedRow[] {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const text = typeof content === 'string' ? content : decodeUtf8(content);
  const lines = lineIndex(bytes);

  // csv-parse counts a CRLF inside a quoted field as two lines, so line numbers are derived from the
  // byte offset where each record ends (which it reports exactly) instead of from its `lines`.
  const recordEnds: number[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (record, context) => {
        recordEnds.push(context.bytes);
        return record;
      },
    });
  } catch (error) {
    const line = lines.lineAt(skipLineBreaks(bytes, recordEnds.at(-1) ?? 0));
    throw new CsvFileError(`CSV syntax error in the row starting at line ${line}: ${describeSyntaxError(error as CsvError)}`);
  }

  const startLineOf = (recordIndex: number) => lines.lineAt(skipLineBreaks(bytes, recordIndex === 0 ? 0 : recordEnds[recordIndex - 1]));
  const header = records[0]?.map((cell) => cell.trim());
  if (!header || header.every((cell) => cell === '')) {
    throw new CsvFileError(`The file is empty: its first line must be the header ${CSV_COLUMNS.join(',')}`);
  }
  const sdmx = isSdmxHeader(header);
  if (sdmx) checkSdmxHeader(header, startLineOf(0));
  const positions = sdmx ? new Map<CsvColumn, number>() : columnPositions(header, startLineOf(0));

  const checked: CheckedRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (let index = 1; index < records.length; index++) {
    const trimmed = records[index].map((cell) => cell.trim());
    if (trimmed.every((cell) => cell === '')) continue;
    const line = startLineOf(index);
    const translated = sdmx ? sdmxRowCells(header, trimmed) : { cells: {}, reasons: [] };
    const cells = sdmx ? cellsOf(translated.cells) : cellsByColumn(trimmed, positions);
    if (trimmed.length !== header.length) {
      checked.push({ line, cells, reasons: [`has ${trimmed.length} fields, the header has ${header.length}`] });
      continue;
    }
    const result = validateRow(cells);
    if (!result.ok || translated.reasons.length > 0) {
      checked.push({ line, cells, reasons: [...translated.reasons, ...(result.ok ? [] : result.reasons)] });
      continue;
    }
    // A second value for the same observation would, depending on the batch it falls in, be refused or
    // overwrite the first; which one is meant is the data team's call, so the later row is rejected.
    const { cityId, indicatorCode, period, breakdown } = result.input;
    const key = JSON.stringify([cityId, indicatorCode, period, (breakdown ?? []).map((part) => `${part.dimension}=${part.code}`).sort()]);
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      checked.push({ line, cells, reasons: [`same city_id, indicator_code, period and breakdown as line ${first}`] });
      continue;
    }
    firstLineOf.set(key, line);
    checked.push({ line, cells, input: result.input, reasons: [] });
  }
  return checked;
}

/** Where each documented column sits in this file's header; any unknown, duplicate or missing column refuses the file. */
function columnPositions(header: string[], line: number): Map<CsvColumn, number> {
  const known = new Set<string>(CSV_COLUMNS);
  const positions = new Map<CsvColumn, number>();
  const problems: string[] = [];
  header.forEach((name, position) => {
    if (!known.has(name)) problems.push(name === '' ? `column ${position + 1} has no name` : `unknown column "${name}"`);
    else if (positions.has(name as CsvColumn)) problems.push(`column "${name}" appears twice`);
    else positions.set(name as CsvColumn, position);
  });
  for (const column of REQUIRED_COLUMNS) if (!positions.has(column)) problems.push(`missing column "${column}"`);
  if (problems.length > 0) {
    throw new CsvFileError(
      `Invalid header on line ${line}: ${problems.join('; ')}. The columns are ${CSV_COLUMNS.join(',')} (note, expected_revision, the breakdown and the attribute columns optional, any order).`,
    );
  }
  return positions;
}

function checkSdmxHeader(header: string[], line: number): void {
  const problems = sdmxHeaderProblems(header);
  if (problems.length > 0)
    throw new CsvFileError(`Invalid SDMX-CSV header on line ${line}: ${problems.join('; ')}. The dataflow's columns are ${SDMX_COLUMN_NAMES.join(',')} (STRUCTURE first, the others in any order).`);
}

/** Every import column's cell, empty where the file has none. */
const cellsOf = (given: Partial<Record<CsvColumn, string>>) => Object.fromEntries(CSV_COLUMNS.map((column) => [column, given[column] ?? ''])) as Record<CsvColumn, string>;

function cellsByColumn(cells: string[], positions: Map<CsvColumn, number>): Record<CsvColumn, string> {
  const byColumn = {} as Record<CsvColumn, string>;
  for (const column of CSV_COLUMNS) {
    const position = positions.get(column);
    byColumn[column] = position === undefined ? '' : (cells[position] ?? '');
  }
  return byColumn;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CsvFileError('The file is not UTF-8. Save it as "CSV UTF-8" (Excel) or convert it, e.g. iconv -f GBK -t UTF-8.');
  }
}

function describeSyntaxError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed';
    case 'INVALID_OPENING_QUOTE':
      return 'a field contains a quote but does not start with one (quote the whole field and double the inner quotes: "a ""b"" c")';
    default:
      return error.message;
  }
}
