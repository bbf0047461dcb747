import type { ApolloServer } from '@apollo/server';
import type { Request, Response } from 'express';
import type { GatewayContext } from '../context';
import { exportContext, exportParams, runExportQuery } from '../export/export-route';
import { VERSION_QUERY } from './cite-query';

/** The formats of a citation, with their media types. */
export const CITATION_FORMATS = {
  bibtex: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  'csl-json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
} as const;
type CitationFormat = keyof typeof CITATION_FORMATS;

export const PLATFORM = 'Urban Governance Federation';
/** What can be cited: the answers this gateway serves at a URL (exports, GraphQL GET requests, dashboard pages). */
const CITABLE = [/^\/export\/[\w-]+\.(csv|json)$/, /^\/(graphql)?$/, /^\/dashboard(\/[\w-]*)?$/, /^\/download(\/data\.(csv|ndjson))?$/];

/**
 * citation-js with its BibTeX and RIS plugins, loaded on the first citation: it requires an ES module, which
 * Node loads but a test runner importing the gateway may not.
 */
async function citationJs() {
  const [{ Cite }] = await Promise.all([import('@citation-js/core'), import('@citation-js/plugin-bibtex'), import('@citation-js/plugin-ris')]);
  return Cite;
}

interface Version {
  dataVersion: { id: string; changedAt: string | null; asOf: string | null };
}

interface CiteRequest {
  format: CitationFormat;
  cited: URL;
}

function readRequest(params: URLSearchParams, origin: string): CiteRequest {
  const format = (params.get('format') ?? 'csl-json') as CitationFormat;
  if (!(format in CITATION_FORMATS)) throw new Error(`The query parameter "format" must be one of ${Object.keys(CITATION_FORMATS).join(', ')}.`);
  const given = params.get('url');
  if (!given) throw new Error('The query parameter "url" is required: the URL of the answer to cite (an export, the bulk download, a GraphQL GET request or a dashboard page).');
  let cited: URL;
  try {
    cited = new URL(given, origin);
  } catch {
    throw new Error(`"${given}" is not a URL.`);
  }
  if (cited.origin !== origin || !CITABLE.some((pattern) => pattern.test(cited.pathname))) {
    throw new Error(`"${given}" is not an answer of this gateway: cite one of its exports (/export/…), its bulk download (/download/…), a GraphQL GET request (/graphql?query=…) or a dashboard page.`);
  }
  return { format, cited };
}

const dateParts = (iso: string) => {
  const date = new Date(iso);
  return { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] };
};

/** What the URL answers, in words, for the citation's title. */
function describe(cited: URL): string {
  const what = cited.pathname.startsWith('/export/')
    ? `${cited.pathname.slice('/export/'.length)} export`
    : cited.pathname.startsWith('/dashboard')
      ? 'dashboard page'
      : cited.pathname.startsWith('/download')
        ? 'bulk download of the whole data set'
        : 'GraphQL query';
  const parameters = [...cited.searchParams].filter(([name]) => !['asOf', 'includeSample', 'query', 'variables'].includes(name)).map(([name, value]) => `${name} ${value}`);
  return parameters.length > 0 ? `${what}: ${parameters.join('; ')}` : what;
}

/**
 * `GET /cite?url=<an answer of this gateway>[&format=bibtex|ris|csl-json]`: a citation of the answer, naming
 * the platform, the data version and the instant the figures stand at, and a URL that reproduces them. An
 * export's URL is pinned to that instant (`asOf`), so that it answers the same after later corrections.
 */
export function citeHandler(apollo: ApolloServer<GatewayContext>, context: (req: Request) => Promise<GatewayContext>) {
  return async (req: Request, res: Response) => {
    const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const request = exportParams(req, res, (params) => readRequest(params, origin));
    if (!request) return;
    const { format, cited } = request.read;
    const contextValue = await exportContext(req, res, context);
    if (!contextValue) return;
    const version = (await runExportQuery(apollo, contextValue, res, VERSION_QUERY, { asOf: cited.searchParams.get('asOf') })) as Version | undefined;
    if (!version) return;
    const { id, changedAt } = version.dataVersion;
    const standsAt = version.dataVersion.asOf ?? changedAt ?? new Date().toISOString();
    const reproducing = new URL(cited);
    if (reproducing.pathname.startsWith('/export/') && !reproducing.searchParams.has('asOf')) reproducing.searchParams.set('asOf', standsAt);
    const accessed = new Date().toISOString();
    const sample = cited.searchParams.get('includeSample') === 'true' ? ' Includes synthetic sample values (a demo), which are not published figures.' : '';
    const item = {
      id: `ugf-${id}`,
      type: 'dataset',
      title: `${PLATFORM}: ${describe(cited)}`,
      author: [{ literal: PLATFORM }],
      publisher: PLATFORM,
      URL: reproducing.toString(),
      version: id,
      issued: dateParts(standsAt),
      accessed: dateParts(accessed),
      note: `Data version ${id}, as of ${standsAt}.${sample}`,
    };
    const Cite = await citationJs();
    const cite = new Cite(item);
    const body = format === 'csl-json' ? JSON.stringify(cite.format('data', { format: 'object' })) : cite.format(format);
    // The file name first: attachment() also sets a type, from the name's extension.
    res
      .attachment(`citation.${format === 'csl-json' ? 'json' : format === 'bibtex' ? 'bib' : 'ris'}`)
      .type(CITATION_FORMATS[format])
      .set('X-Data-Version', id)
      .send(body);
  };
}
