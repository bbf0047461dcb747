import type { CsvColumn } from './validate-row';

/**
 * SDMX-CSV 2.0 of the platform's dataflow: the columns the gateway's `/export/sdmx.csv` writes, in its order,
 * with the concept names of the UN SDG data structure where it has one, and the import column each fills.
 * `null`: written by the export, not read on import (the unit is the indicator's, the review status is set by
 * review, and the rest is checked).
 */
export const SDMX_COLUMNS = {
  STRUCTURE: null,
  STRUCTURE_ID: null,
  ACTION: null,
  FREQ: null,
  REF_AREA: 'city_id',
  SERIES: 'indicator_code',
  SEX: 'sex',
  AGE: 'age',
  URBANISATION: 'urbanisation',
  DISTRICT: 'district',
  TIME_PERIOD: 'period',
  OBS_VALUE: 'value',
  UNIT_MEASURE: null,
  UNIT_MULT: 'unit_multiplier',
  NATURE: 'nature',
  OBS_STATUS: null,
  LOWER_BOUND: 'lower_bound',
  UPPER_BOUND: 'upper_bound',
  SERIES_BREAK: 'series_break',
  SERIES_BREAK_REASON: 'series_break_reason',
  COMMENT_OBS: 'footnotes',
  SOURCE_DETAIL: 'source',
  SOURCE_PUBLISHER: 'source_publisher',
  SOURCE_TITLE: 'source_title',
  SOURCE_URL: 'source_url',
  SOURCE_PUBLISHED_ON: 'source_published_on',
  SOURCE_QUOTE: 'source_quote',
  SOURCE_UNIT: 'source_unit',
  DERIVATION: 'derivation',
  DERIVATION_INPUTS: 'derivation_inputs',
  SAMPLE: null,
} as const satisfies Record<string, CsvColumn | null>;
export type SdmxColumn = keyof typeof SDMX_COLUMNS;
export const SDMX_COLUMN_NAMES = Object.keys(SDMX_COLUMNS) as SdmxColumn[];

/** The dataflow the export names in STRUCTURE_ID: agency, id and version. */
export const SDMX_STRUCTURE_ID = 'UGF:DF_URBAN_GOVERNANCE(1.0)';
/** SDMX codes for "total" and "not applicable" in a dimension column. */
export const SDMX_TOTAL = '_T';
const NOT_APPLICABLE = '_Z';
/** The review statuses as SDMX observation status codes (CL_OBS_STATUS): A normal value, P provisional. */
export const SDMX_OBS_STATUS: Readonly<Record<string, string>> = { VERIFIED: 'A', PROVISIONAL: 'P' };
/** SDMX-CSV actions: information, append, merge and replace all add or correct values; delete is not taken. */
const ACTIONS_TAKEN = ['', 'I', 'A', 'M', 'R'];
const REQUIRED: readonly SdmxColumn[] = ['STRUCTURE', 'STRUCTURE_ID', 'REF_AREA', 'SERIES', 'TIME_PERIOD', 'OBS_VALUE', 'SOURCE_DETAIL'];
const DIMENSIONS: readonly SdmxColumn[] = ['SEX', 'AGE', 'URBANISATION', 'DISTRICT'];
const SDMX_ID = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A file is SDMX-CSV 2.0 when its first column is STRUCTURE. */
export const isSdmxHeader = (header: readonly string[]): boolean => header[0] === 'STRUCTURE';

/** What is wrong with an SDMX-CSV header: a missing required column, a duplicate, or a column name that is no SDMX id. */
export function sdmxHeaderProblems(header: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problems.push(`column "${name}" appears twice`);
    else if (!SDMX_ID.test(name)) problems.push(name === '' ? 'a column has no name' : `"${name}" is not an SDMX concept id`);
    seen.add(name);
  }
  for (const column of REQUIRED) if (!seen.has(column)) problems.push(`missing column "${column}"`);
  return problems;
}

/**
 * One SDMX-CSV record as the import layout's cells, with what keeps it from being imported. A dimension's
 * `_T` is the total (an empty cell); a column the dataflow does not have may only say `_T` or `_Z`.
 */
export function sdmxRowCells(header: readonly string[], record: readonly string[]): { cells: Partial<Record<CsvColumn, string>>; reasons: string[] } {
  const cells: Partial<Record<CsvColumn, string>> = {};
  const reasons: string[] = [];
  const byName = new Map(header.map((name, position) => [name, record[position] ?? '']));
  for (const [name, cell] of byName) {
    if (!(name in SDMX_COLUMNS)) {
      if (cell !== '' && cell !== SDMX_TOTAL && cell !== NOT_APPLICABLE)
        reasons.push(`${name}: ${JSON.stringify(cell)} cannot be imported, the platform's dataflow has no ${name} (only ${SDMX_TOTAL} or ${NOT_APPLICABLE})`);
      continue;
    }
    const column = SDMX_COLUMNS[name as SdmxColumn];
    if (column !== null) cells[column] = DIMENSIONS.includes(name as SdmxColumn) && cell === SDMX_TOTAL ? '' : cell;
  }
  const structure = byName.get('STRUCTURE');
  if (structure !== 'dataflow' && structure !== 'datastructure') reasons.push(`STRUCTURE: ${JSON.stringify(structure)} is neither dataflow nor datastructure`);
  const action = byName.get('ACTION') ?? '';
  if (!ACTIONS_TAKEN.includes(action)) reasons.push(`ACTION: ${JSON.stringify(action)} is not taken (I, A, M or R add or correct values; values are never deleted by an import)`);
  const freq = byName.get('FREQ') ?? '';
  const period = byName.get('TIME_PERIOD') ?? '';
  if (freq !== '' && freq !== (period.includes('-Q') ? 'Q' : 'A')) reasons.push(`FREQ: ${JSON.stringify(freq)} does not fit TIME_PERIOD ${JSON.stringify(period)} (A for a year, Q for a quarter)`);
  if (byName.get('SAMPLE') === 'true') reasons.push('SAMPLE: a synthetic sample value is not a figure of the city and cannot be submitted');
  return { cells, reasons };
}
