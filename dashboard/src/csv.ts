// The same file and row checks as `npm run import`: the import client's browser entry.
import { checkCsvRows, CsvFileError, CSV_COLUMNS, DIMENSION_COLUMNS, type CheckedRow, type ObservationInput } from '@ugf/import-client/browser';

/** One item of `submitObservations`, the shape the importer sends. */
export type ObservationItem = ObservationInput;

export type { CheckedRow };

export type CheckedFile = { ok: true; rows: CheckedRow[] } | { ok: false; error: string };

export { CSV_COLUMNS };

/** A row's breakdown cells as `sex=F; district=440305`; empty for a total. */
export function breakdownCells(row: CheckedRow): string {
  return (Object.keys(DIMENSION_COLUMNS) as (keyof CheckedRow['cells'])[])
    .filter((column) => row.cells[column] !== '')
    .map((column) => `${column}=${row.cells[column]}`)
    .join('; ');
}

/** Reads a CSV in the documented layout (seeds/templates/observations.csv) and checks every row as the command-line import does. */
export function checkCsv(content: Uint8Array | string): CheckedFile {
  try {
    return { ok: true, rows: checkCsvRows(content) };
  } catch (error) {
    if (error instanceof CsvFileError) return { ok: false, error: error.message };
    throw error;
  }
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
  let claims: unknown;
  try {
    claims = JSON.parse(
      atob(
        payload
          .replace(/-/g, '+')
          .replace(/_/g, '/')
          .padEnd(Math.ceil(payload.length / 4) * 4, '='),
      ),
    );
  } catch {
    return null;
  }
  if (typeof claims !== 'object' || claims === null) return null;
  const { sub, role, city, exp } = claims as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { sub: text(sub), role: text(role), city: text(city), exp: typeof exp === 'number' ? exp : undefined };
}
