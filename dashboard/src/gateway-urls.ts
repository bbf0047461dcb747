/** The gateway this page was served by, unless the build names another (VITE_GATEWAY_URL). */
export const GATEWAY_URL: string = import.meta.env.VITE_GATEWAY_URL ?? `${window.location.origin}/graphql`;

const onGateway = (path: string, params: Record<string, string>) => `${new URL(path, new URL('/', GATEWAY_URL))}?${new URLSearchParams(params)}`;

/** The gateway's CSV export of a given name, e.g. exportUrl('comparison', {...}). */
export function exportUrl(name: 'comparison' | 'ranking' | 'series', params: Record<string, string>): string {
  return onGateway(`export/${name}.csv`, params);
}

/** The same values as SDMX-CSV 2.0, totals and breakdowns (docs/exchange-formats.md). */
export const sdmxUrl = (params: Record<string, string>) => onGateway('export/sdmx.csv', params);

/** A comparison as a JSON-stat 2.0 dataset. */
export const jsonStatUrl = (params: Record<string, string>) => onGateway('export/comparison.json', params);

/** A citation of an answer of the gateway (an export's URL is pinned to its data version's instant). */
export const citeUrl = (url: string, format: 'bibtex' | 'ris' | 'csl-json') => onGateway('cite', { url: new URL(url).pathname + new URL(url).search, format });
