import type { ApolloServer } from '@apollo/server';
import { type Options, stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import { ErrorCode, errorCodeOf } from '@ugf/runtime';
import type { GatewayContext } from '../context';
import { EXPORTS, includeSampleParam } from './export-definitions';

/** Formula-looking cells are made inert; booleans read `true`/`false` (csv-stringify's default writes false as an empty cell). */
const CSV_OPTIONS: Options = { escape_formulas: true, cast: { boolean: (value) => String(value) } };

const fail = (res: Response, status: number, code: ErrorCode, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * `GET /export/{ranking|comparison|series}.csv?…[&includeSample=true]`: runs the matching GraphQL query through this gateway
 * (same limits, same federation, same token if one is sent) and answers UTF-8 CSV with a BOM, so that
 * spreadsheet programs read Chinese names correctly. A text cell that a spreadsheet would run as a formula
 * (leading =, +, -, @, tab or carriage return) is written with a leading apostrophe; numbers stay numbers.
 */
export function exportHandler(apollo: ApolloServer<GatewayContext>, context: (req: Request) => Promise<GatewayContext>) {
  return async (req: Request, res: Response) => {
    const name = String(req.params.name);
    const definition = EXPORTS.get(name);
    if (!definition) return fail(res, 404, ErrorCode.NOT_FOUND, `No export named "${name}"; use one of ${[...EXPORTS.keys()].join(', ')}.`);
    let variables: Record<string, unknown>;
    let includeSample: boolean;
    try {
      const params = new URL(req.originalUrl, 'http://gateway').searchParams;
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
    // Said where a reader of the file sees it (its name) and a program reading the answer (a header).
    res
      .type('text/csv; charset=utf-8')
      .set('X-Includes-Sample', String(includeSample))
      .attachment(includeSample ? `${name}-with-sample-values.csv` : `${name}.csv`)
      .send(`\uFEFF${stringify([definition.columns, ...definition.rows(data)], CSV_OPTIONS)}`);
  };
}
