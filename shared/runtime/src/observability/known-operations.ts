/**
 * Operation names that become a metrics label: the project's own clients' (the dashboard's, the import
 * CLI's `Submit`, the exports' `Export`, `ExportJsonStat` and `ExportSdmx`, the change relay's `ChangeRelay`, the citations' `CiteDataVersion` and the bulk download's `BulkDownloadVersion` and `BulkDownloadPage`) and those an operator adds with METRICS_OPERATION_NAMES.
 * Any other name is counted as `other`, since a client chooses its operation name freely and every new
 * label value would grow `/metrics` for good.
 */
export const CLIENT_OPERATION_NAMES: readonly string[] = [
  'Availability',
  'BulkDownloadPage',
  'BulkDownloadVersion',
  'CaseTags',
  'ChangeRelay',
  'CiteDataVersion',
  'Cases',
  'Catalogue',
  'CityProfile',
  'CitySeries',
  'Comparison',
  'Dimensions',
  'Export',
  'ExportJsonStat',
  'ExportSdmx',
  'IndicatorMetadata',
  'IndicatorRanking',
  'Overview',
  'ReviewObservation',
  'ReviewQueue',
  'Submit',
  'SubmitObservations',
  'TypedClientRanking',
  'ValueHistory',
];

export const OTHER_OPERATION = 'other';

/** The gateway names a subgraph's part of a plan `<operation>__<subgraph>__<n>`. */
const PLAN_SUFFIX = /__[a-z]+__\d+$/;

/** The label of an operation name: the name when it is known, `anonymous` without one, else `other`. */
export function operationLabeller(extraNames: readonly string[] = []): (name: string | null | undefined) => string {
  const known = new Set([...CLIENT_OPERATION_NAMES, ...extraNames]);
  return (name) => {
    if (name == null || name === '') return 'anonymous';
    const base = name.replace(PLAN_SUFFIX, '');
    return known.has(base) ? base : OTHER_OPERATION;
  };
}
