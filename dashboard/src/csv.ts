import Papa from 'papaparse';
// The same row checks as `npm run import`, from the same source file.
import { CSV_COLUMNS, REQUIRED_COLUMNS, validateRow, type CsvColumn } from '../../shared/src/cli/import/validate-row';

import type { ObservationInput } from '../../shared/src/cli/import/contract';

/** One item of `submitObservations`, the shape the importer sends. */
export type ObservationItem = ObservationInput;

export interface CheckedRow {
  /** Line of the file where the row starts (the header is line 1). */
  line: number;
  cells: Record<CsvColumn, string>;
  /** Set when the row passed every local check. */
  input?: ObservationItem;
  reasons: string[];
}

export type CheckedFile = { ok: true; rows: CheckedRow[] } | { ok: false; error: string };

export { CSV_COLUMNS };

/**
 * Reads a CSV in the documented layout (seeds/templates/observations.csv) and checks every row as the
 * command-line import does: header names in any order, `note` optional, blank rows ignored, cells trimmed,
 * a second row for the same city, indicator and period rejected with the line of the first.
 */
export function checkCsv(text: string): CheckedFile {
  const content = text.replace(/^\uFEFF/, '');
  const records: { cells: string[]; start: number }[] = [];
  let previousEnd = 0;
  const parsed = Papa.parse<string[]>(content, {
    skipEmptyLines: false,
    step: (row) => {
      records.push({ cells: row.data, start: previousEnd });
      previousEnd = row.meta.cursor;
    },
  });
  const syntax = (parsed?.errors ?? []).find((error) => error.type === 'Quotes');
  if (syntax) return { ok: false, error: `CSV syntax error near row ${(syntax.row ?? 0) + 1}: ${syntax.message}` };

  const lineAt = (offset: number) => {
    let start = offset;
    while (content[start] === '\r' || content[start] === '\n') start++;
    let line = 1;
    for (let i = 0; i < start && i < content.length; i++) if (content[i] === '\n') line++;
    return line;
  };

  const nonEmpty = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  const header = nonEmpty[0]?.cells.map((cell) => cell.trim());
  if (!header) return { ok: false, error: `The file is empty: its first line must be the header ${CSV_COLUMNS.join(',')}` };
  const positions = new Map<CsvColumn, number>();
  const problems: string[] = [];
  header.forEach((column, position) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(column)) problems.push(column === '' ? `column ${position + 1} has no name` : `unknown column "${column}"`);
    else if (positions.has(column as CsvColumn)) problems.push(`column "${column}" appears twice`);
    else positions.set(column as CsvColumn, position);
  });
  for (const column of REQUIRED_COLUMNS) if (!positions.has(column)) problems.push(`missing column "${column}"`);
  if (problems.length > 0) return { ok: false, error: `Invalid header: ${problems.join('; ')}. The columns are ${CSV_COLUMNS.join(',')} (note optional, any order).` };

  const firstLineOf = new Map<string, number>();
  const rows = nonEmpty.slice(1).map((record): CheckedRow => {
    const line = lineAt(record.start);
    const trimmed = record.cells.map((cell) => cell.trim());
    const cells = Object.fromEntries(CSV_COLUMNS.map((column) => [column, positions.has(column) ? (trimmed[positions.get(column) as number] ?? '') : ''])) as Record<CsvColumn, string>;
    if (trimmed.length !== header.length) return { line, cells, reasons: [`has ${trimmed.length} fields, the header has ${header.length}`] };
    const result = validateRow(cells);
    if (!result.ok) return { line, cells, reasons: result.reasons };
    const key = JSON.stringify([result.input.cityId, result.input.indicatorCode, result.input.period]);
    const first = firstLineOf.get(key);
    if (first !== undefined) return { line, cells, reasons: [`same city_id, indicator_code and period as line ${first}`] };
    firstLineOf.set(key, line);
    return { line, cells, input: result.input, reasons: [] };
  });
  return { ok: true, rows };
}

/** A key derived from the batch's content, so that sending the same batch twice writes it once. */
export function idempotencyKey(items: ObservationItem[]): string {
  const text = JSON.stringify(items);
  const parts = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let hash = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  });
  return `dashboard-${parts.join('')}`;
}

/** The claims of a JWT, to show who is signed in (the gateway checks the signature, not this page). */
export function tokenClaims(token: string): { sub?: string; role?: string; city?: string; exp?: number } | null {
  const payload = token.trim().split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    return JSON.parse(json);
  } catch {
    return null;
  }
}
