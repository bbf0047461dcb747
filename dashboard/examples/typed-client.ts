/**
 * A TypeScript program that queries the gateway with types generated from the committed supergraph.
 *
 *   npm run example:typed-client -- [gateway URL] [indicator code] [period] [--include-sample]
 *
 * `graphql()` returns a TypedDocumentNode: the variables and the result below are checked by tsc
 * (`npm run typecheck -w dashboard`) against the schema; a field that does not exist fails to compile.
 */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../src/gql';

export const RankingDocument = graphql(`
  query TypedClientRanking($code: ID!, $period: Period!, $includeSample: Boolean = false) {
    ranking(indicatorCode: $code, period: $period, includeSample: $includeSample) {
      includesSample
      indicator { name unit direction }
      entries { rank value city { id name nameZh } }
      missing { name }
    }
  }
`);

/** POSTs a typed operation; `data` is typed from the document, and a partial answer keeps its errors. */
export async function request<Result, Variables>(
  url: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  token?: string,
): Promise<{ data: Result | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  if (!response.ok && response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return (await response.json()) as { data: Result | null };
}

async function main() {
  const args = process.argv.slice(2);
  const includeSample = args.includes('--include-sample');
  const [url = process.env.GATEWAY_URL ?? 'http://localhost:4000/', code = 'HOTLINE_RESOLUTION_RATE', period = '2024'] = args.filter((arg) => arg !== '--include-sample');
  const { data, errors } = await request(url, RankingDocument, { code, period, includeSample });
  for (const error of errors ?? []) console.error(`warning: ${error.message}`);
  const ranking = data?.ranking;
  if (!ranking) throw new Error(`no ranking for ${code} in ${period}`);
  console.log(`${ranking.indicator.name} (${ranking.indicator.unit}), ${period}${ranking.includesSample ? ', sample values included' : ', published values only'}`);
  for (const entry of ranking.entries) console.log(`${String(entry.rank).padStart(3)}. ${entry.city.name.padEnd(14)} ${entry.value}`);
  if (ranking.missing.length > 0) console.log(`no value: ${ranking.missing.map((city) => city.name).join(', ')}`);
}

if (process.argv[1] && /typed-client\.ts$/.test(process.argv[1])) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
