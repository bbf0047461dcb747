import type { ApolloServer } from '@apollo/server';
import { type Options, stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import { ErrorCode, errorCodeOf } from '@ugf/runtime';
import type { GatewayContext } from '../context';
import { EXPORTS, includeSampleParam } from './export-definitions';
import { JSON_EXPORTS } from './json-exports';

/** Formula-looking cells are made inert; booleans read `true`/`false` (csv-stringify's default writes false as an empty cell). */
const CSV_OPTIONS: Options = { escape_formulas: true, cast: { boolean: (value) => String(value) } };

const fail = (res: Response, status: number, code: ErrorCode, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

interface Definition {
  query: string;
  variables(params: URLSearchParams): Record<string, unknown>;
}

/** What an export route makes of a definition's answer: the file's body and its type. */
type Render<D> = (definition: D, data: unknown, params: URLSearchParams) => { type: string; body: string };

/**
 * Runs the named definition's GraphQL query through this gateway (same limits, same federation, same token if
 * one is sent) and answers the rendered file, named `<name>.<extension>` (`<name>-with-sample-values.<extension>`
 * when it counts sample values, which the `X-Includes-Sample` header also says). Bad parameters are a 400.
 */
function exportRoute<D extends Definition>(
  apollo: ApolloServer<GatewayContext>,
  context: (req: Request) => Promise<GatewayContext>,
  definitions: ReadonlyMap<string, D>,
  extension: string,
  render: Render<D>,
) {
  return async (req: Request, res: Response) => {
    const name = String(req.params.name);
    const definition = definitions.get(name);
    if (!definition) return fail(res, 404, ErrorCode.NOT_FOUND, `No ${extension} export named "${name}"; use one of ${[...definitions.keys()].join(', ')}.`);
    const params = new URL(req.originalUrl, 'http://gateway').searchParams;
    let variables: Record<string, unknown>;
    let includeSample: boolean;
    try {
      variables = definition.variables(params);
      includeSample = includeSampleParam(params);
    } catch (error) {
      return fail(res, 400, ErrorCode.BAD_USER_INPUT, (error as Error).message);
    }
    let contextValue: GatewayContext;
    try {
      contextValue = await context(req);
    } catch (error) {
      return fail(res, 401, ErrorCode.UNAUTHENTICATED, (error as Error).message);
    }
    const response = await apollo.executeOperation({ query: definition.query, variables }, { contextValue });
    if (response.body.kind !== 'single') return fail(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Unexpected incremental response.');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) {
      const code = errorCodeOf(errors[0]) ?? ErrorCode.BAD_USER_INPUT;
      return res.status(code === ErrorCode.BAD_USER_INPUT || code === ErrorCode.GRAPHQL_VALIDATION_FAILED ? 400 : 502).json({ errors });
    }
    const file = render(definition, data, params);
    res
      .type(file.type)
      .set('X-Includes-Sample', String(includeSample))
      .attachment(includeSample ? `${name}-with-sample-values.${extension}` : `${name}.${extension}`)
      .send(file.body);
  };
}

/**
 * `GET /export/{ranking|comparison|series}.csv?…[&includeSample=true]`: UTF-8 CSV with a BOM, so that
 * spreadsheet programs read Chinese names correctly. A text cell that a spreadsheet would run as a formula
 * (leading =, +, -, @, tab or carriage return) is written with a leading apostrophe; numbers stay numbers.
 */
export const csvExportHandler = (apollo: ApolloServer<GatewayContext>, context: (req: Request) => Promise<GatewayContext>) =>
  exportRoute(apollo, context, EXPORTS, 'csv', (definition, data) => ({
    type: 'text/csv; charset=utf-8',
    body: `\uFEFF${stringify([definition.columns, ...definition.rows(data)], CSV_OPTIONS)}`,
  }));

/** `GET /export/comparison.json?…`: the comparison as a JSON-stat 2.0 dataset. */
export const jsonExportHandler = (apollo: ApolloServer<GatewayContext>, context: (req: Request) => Promise<GatewayContext>) =>
  exportRoute(apollo, context, JSON_EXPORTS, 'json', (definition, data, params) => ({
    type: 'application/json; charset=utf-8',
    body: JSON.stringify(definition.body(data, params)),
  }));
