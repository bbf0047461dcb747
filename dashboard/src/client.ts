import { Client, cacheExchange, fetchExchange } from 'urql';

/** The gateway this page was served by, unless the build names another (VITE_GATEWAY_URL). */
export const GATEWAY_URL: string = import.meta.env.VITE_GATEWAY_URL ?? `${window.location.origin}/graphql`;

/** The gateway's CSV export of a given name, e.g. exportUrl('comparison', {...}). */
export function exportUrl(name: 'comparison' | 'ranking' | 'series', params: Record<string, string>): string {
  const base = new URL('/', GATEWAY_URL);
  return `${new URL(`export/${name}.csv`, base)}?${new URLSearchParams(params)}`;
}

export const client = new Client({
  url: GATEWAY_URL,
  exchanges: [cacheExchange, fetchExchange],
  requestPolicy: 'cache-first',
  preferGetMethod: false,
});
