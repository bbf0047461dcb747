// What the dashboard's Submit page shares with the importer: the file and row checks and the shapes they produce.
// Nothing here reads files or the network, so it bundles for the browser.
export { checkCsvRows, CsvFileError, type CheckedRow } from './read-csv';
export { CSV_COLUMNS, DIMENSION_COLUMNS } from './validate-row';
export type { ObservationInput } from './contract';
