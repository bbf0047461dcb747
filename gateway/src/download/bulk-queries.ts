import { SDMX_NODE } from '../export/sdmx-export';

/** The bulk download's reads: the data version, and a page of every current value (no count, which would scan them all). */
export const BULK_VERSION_QUERY = 'query BulkDownloadVersion { dataVersion { id changedAt asOf } }';

export const BULK_PAGE_QUERY = `query BulkDownloadPage($includeSample: Boolean!, $first: Int!, $after: String) {
  observations(includeSample: $includeSample, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { ${SDMX_NODE} }
  }
}`;
