import { derivationInputsProblem, isHttpUrl, isPublicationDate } from '@ugf/runtime';
import { DERIVATIONS } from '@ugf/import-client';
import { PUBLISHED_COLUMNS, type Derivation, type PublishedRow } from './published-rows';
import { quoteStates } from './quoted-numbers';

/** What the check knows of the catalogue: each indicator's unit, and the cities. */
export interface Catalogue {
  cityIds: ReadonlySet<string>;
  /** Indicator code → its unit; absent for the file of values awaiting catalogue indicators. */
  indicatorUnits?: ReadonlyMap<string, string>;
}

/**
 * The units a source may state for each catalogue unit, as sources write them. A source unit not listed here
 * for its indicator's unit is a mismatch: add it only when it measures the same thing.
 */
const SOURCE_UNITS: Record<string, { [derivation in Derivation]?: string[] }> = {
  'µg/m³': { REPORTED: ['µg/m³', 'µg/m3', '微克/立方米'] },
  '%': { REPORTED: ['%'], DAYS_SHARE: ['天'] },
  'ratio (rural = 1)': { REPORTED: ['比值', '倍差', '倍'], RATIO: ['元'] },
};

const NATURE_OF: Record<Derivation, string> = { REPORTED: 'C', DAYS_SHARE: 'CA', RATIO: 'CA' };
const QUOTE_MAX = 300;

const daysIn = (year: number) => (new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1 ? 366 : 365);
const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** The value the derivation gives from its inputs, or a reason it cannot. */
function derivedValue(row: PublishedRow, derivation: Derivation): { value?: number; problem?: string } {
  const inputs = row.derivation_inputs === '' ? [] : row.derivation_inputs.split(';').map(Number);
  if (inputs.some((input) => !Number.isFinite(input))) return { problem: `derivation_inputs "${row.derivation_inputs}" are not numbers` };
  const problem = derivationInputsProblem(derivation, inputs);
  if (problem) return { problem };
  if (derivation === 'REPORTED') return {};
  const missing = inputs.filter((input) => !quoteStates(row.source_quote, input));
  if (missing.length) return { problem: `the quote does not state the input ${missing.join(', ')}` };
  if (derivation === 'DAYS_SHARE') return { value: round((100 * inputs[0]) / daysIn(Number(row.period)), 1) };
  return { value: round(inputs[0] / inputs[1], 2) };
}

function rowProblems(row: PublishedRow, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const value = Number(row.value);
  if (!catalogue.cityIds.has(row.city_id)) problems.push(`unknown city "${row.city_id}"`);
  const unit = catalogue.indicatorUnits?.get(row.indicator_code);
  if (catalogue.indicatorUnits && unit === undefined) problems.push(`unknown indicator "${row.indicator_code}"`);
  if (catalogue.indicatorUnits === undefined && row.indicator_code.trim() === '') problems.push('indicator_code: is empty');
  if (!/^\d{4}$/.test(row.period)) problems.push(`period "${row.period}" is not a year`);
  if (row.value.trim() === '' || !Number.isFinite(value)) problems.push(`value "${row.value}" is not a number`);
  for (const column of ['source', 'source_publisher', 'source_title', 'source_quote', 'source_unit'] as const) {
    if (row[column].trim() === '') problems.push(`${column}: is empty`);
  }
  if (!isHttpUrl(row.source_url)) problems.push(`source_url "${row.source_url}" is not an http(s) URL`);
  if (!isPublicationDate(row.source_published_on)) problems.push(`source_published_on "${row.source_published_on}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD, not in the future)`);
  else if (Number(row.source_published_on.slice(0, 4)) < Number(row.period)) problems.push(`published in ${row.source_published_on}, before the period ${row.period} ended`);
  if (row.source_quote.length > QUOTE_MAX) problems.push(`the quote is ${row.source_quote.length} characters; keep it under ${QUOTE_MAX}`);

  const derivation = row.derivation as Derivation;
  if (!DERIVATIONS.includes(derivation)) {
    problems.push(`derivation "${row.derivation}" is not one of ${DERIVATIONS.join(', ')}`);
    return problems;
  }
  const derived = derivedValue(row, derivation);
  if (derived.problem) problems.push(derived.problem);
  if (derivation === 'REPORTED' && Number.isFinite(value) && !quoteStates(row.source_quote, value)) problems.push(`the quote does not state the value ${row.value}`);
  if (derived.value !== undefined && derived.value !== value) problems.push(`${derivation} of ${row.derivation_inputs} gives ${derived.value}, not ${row.value}`);
  if (derivation !== 'REPORTED' && !row.footnotes.includes(row.derivation_inputs.split(';')[0])) problems.push('a derived value needs a footnote that says how it was derived');
  if (unit !== undefined) {
    const accepted = SOURCE_UNITS[unit]?.[derivation];
    if (!accepted?.includes(row.source_unit)) problems.push(`source unit "${row.source_unit}" does not agree with the indicator's unit "${unit}" for a ${derivation} value`);
    if (row.nature !== NATURE_OF[derivation]) problems.push(`nature "${row.nature}" should be ${NATURE_OF[derivation]} for a ${derivation} value`);
  }
  return problems;
}

/** Every problem of a published-data file, as `line N: …`; empty when the file passes. */
export function checkPublished(header: string[], rows: PublishedRow[], catalogue: Catalogue): string[] {
  if (header.join(',') !== PUBLISHED_COLUMNS.join(',')) return [`line 1: the header must be ${PUBLISHED_COLUMNS.join(',')}`];
  const problems = rows.flatMap((row) => rowProblems(row, catalogue).map((problem) => `line ${row.line}: ${problem}`));
  const seen = new Map<string, PublishedRow>();
  for (const row of rows) {
    const key = `${row.city_id} ${row.indicator_code} ${row.period}`;
    const earlier = seen.get(key);
    if (earlier) problems.push(`line ${row.line}: ${key} is also on line ${earlier.line}${earlier.value === row.value ? '' : ` with another value (${earlier.value}, here ${row.value})`}`);
    else seen.set(key, row);
  }
  return problems;
}
