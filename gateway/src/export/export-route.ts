import type { ApolloServer } from '@apollo/server';
import { type Options, stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import { ErrorCode, errorCodeOf } from '@ugf/runtime';
import type { GatewayContext } from '../context';
import { type DataVersionAnswer, EXPORTS, includeSampleParam } from './export-definitions';
import { JSON_EXPORTS } from './json-exports';

/** Formula-looking cells are made inert; booleans read `true`/`false` (csv-stringify's default writes false as an empty cell). */
export const CSV_OPTIONS: Options = { escape_formulas: true, cast: { boolean: (value) => String(value) } };

export const fail = (res: Response, status: number, code: ErrorCode, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

interface Definition {
  query: string;
  variables(params: URLSearchParams): Record<string, unknown>;
}

/** What an export route makes of a definition's answer: the file's body and its type. */
type Render<D> = (definition: D, data: unknown, params: URLSearchParams) => { type: string; body: string };

type Context = (req: Request) => Promise<GatewayContext>;

/** The caller's context for an export, or a 401 answered (an export is anonymous unless a token is sent). */
export async function exportContext(req: Request, res: Response, context: Context): Promise<GatewayContext | undefined> {
  try {
    return await context(req);
  } catch (error) {
    fail(res, 401, ErrorCode.UNAUTHENTICATED, (error as Error).message);
    return undefined;
  }
}

/** An export query's answer: its data, or the HTTP status and body of its errors (400 for the caller's mistakes, 502 for the graph's). */
export type ExportAnswer = { ok: true; data: unknown } | { ok: false; status: number; body: object };

/** Runs an export's query through this gateway: same limits, same federation, same token if one is sent. */
export async function executeExport(apollo: ApolloServer<GatewayContext>, contextValue: GatewayContext, query: string, variables: Record<string, unknown>): Promise<ExportAnswer> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') return { ok: false, status: 500, body: { errors: [{ message: 'Unexpected incremental response.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] } };
  const { data, errors } = response.body.singleResult;
  if (errors?.length) {
    const code = errorCodeOf(errors[0]) ?? ErrorCode.BAD_USER_INPUT;
    return { ok: false, status: code === ErrorCode.BAD_USER_INPUT || code === ErrorCode.GRAPHQL_VALIDATION_FAILED ? 400 : 502, body: { errors } };
  }
  if (!data) return { ok: false, status: 502, body: { errors: [{ message: 'The graph answered without data.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] } };
  return { ok: true, data };
}

/** The export query's data, or undefined when it has answered its errors. */
export async function runExportQuery(apollo: ApolloServer<GatewayContext>, contextValue: GatewayContext, res: Response, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const answer = await executeExport(apollo, contextValue, query, variables);
  if (answer.ok) return answer.data;
  res.status(answer.status).json(answer.body);
  return undefined;
}

/** The URL's query parameters, read by `read`; a malformed one is a 400 answered (and undefined). */
export function exportParams<T>(req: Request, res: Response, read: (params: URLSearchParams) => T): { params: URLSearchParams; read: T } | undefined {
  const params = new URL(req.originalUrl, 'http://gateway').searchParams;
  try {
    return { params, read: read(params) };
  } catch (error) {
    fail(res, 400, ErrorCode.BAD_USER_INPUT, (error as Error).message);
    return undefined;
  }
}

/** Names the file `<name>.<extension>`, or `<name>-with-sample-values.<extension>` when it counts sample values, which the `X-Includes-Sample` header also says. */
export function nameExport(res: Response, name: string, extension: string, includeSample: boolean): Response {
  return res.set('X-Includes-Sample', String(includeSample)).attachment(includeSample ? `${name}-with-sample-values.${extension}` : `${name}.${extension}`);
}

/** Says what the file was computed from: `X-Data-Version`, `X-Data-Changed-At`, and `X-As-Of` for an answer of a past instant. */
export function versionHeaders(res: Response, { dataVersion }: DataVersionAnswer): Response {
  res.set('X-Data-Version', dataVersion.id);
  if (dataVersion.changedAt) res.set('X-Data-Changed-At', dataVersion.changedAt);
  if (dataVersion.asOf) res.set('X-As-Of', dataVersion.asOf);
  return res;
}

/** Answers the named definition's query, rendered as a file; an unknown name is a 404 and bad parameters a 400. */
function exportRoute<D extends Definition>(apollo: ApolloServer<GatewayContext>, context: Context, definitions: ReadonlyMap<string, D>, extension: string, render: Render<D>) {
  return async (req: Request, res: Response) => {
    const name = String(req.params.name);
    const definition = definitions.get(name);
    if (!definition) return fail(res, 404, ErrorCode.NOT_FOUND, `No ${extension} export named "${name}"; use one of ${[...definitions.keys()].join(', ')}.`);
    const request = exportParams(req, res, (params) => ({ variables: definition.variables(params), includeSample: includeSampleParam(params) }));
    if (!request) return;
    const contextValue = await exportContext(req, res, context);
    if (!contextValue) return;
    const data = await runExportQuery(apollo, contextValue, res, definition.query, request.read.variables);
    if (data === undefined) return;
    const file = render(definition, data, request.params);
    versionHeaders(nameExport(res, name, extension, request.read.includeSample), data as DataVersionAnswer)
      .type(file.type)
      .send(file.body);
  };
}

/**
 * `GET /export/{ranking|comparison|series}.csv?…[&includeSample=true]`: UTF-8 CSV with a BOM, so that
 * spreadsheet programs read Chinese names correctly. A text cell that a spreadsheet would run as a formula
 * (leading =, +, -, @, tab or carriage return) is written with a leading apostrophe; numbers stay numbers.
 */
export const csvExportHandler = (apollo: ApolloServer<GatewayContext>, context: Context) =>
  exportRoute(apollo, context, EXPORTS, 'csv', (definition, data) => ({
    type: 'text/csv; charset=utf-8',
    body: `\uFEFF${stringify([definition.columns, ...definition.rows(data)], CSV_OPTIONS)}`,
  }));

/** `GET /export/comparison.json?…`: the comparison as a JSON-stat 2.0 dataset. */
export const jsonExportHandler = (apollo: ApolloServer<GatewayContext>, context: Context) =>
  exportRoute(apollo, context, JSON_EXPORTS, 'json', (definition, data, params) => ({
    type: 'application/json; charset=utf-8',
    body: JSON.stringify(definition.body(data, params)),
  }));
