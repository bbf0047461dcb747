import type { ApolloServer } from '@apollo/server';
import { stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import { SDMX_COLUMN_NAMES, SDMX_OBS_STATUS, SDMX_STRUCTURE_ID, SDMX_TOTAL, type SdmxColumn } from '@ugf/import-client';
import { ErrorCode } from '@ugf/runtime';
import type { GatewayContext } from '../context';
import { asOfParam, DATA_VERSION, type DataVersionAnswer, includeSampleParam, list } from './export-definitions';
import { CSV_OPTIONS, executeExport, exportContext, exportParams, fail, nameExport, runExportQuery, versionHeaders } from './export-route';

/** Observations read per request to the graph, and the most one export may hold (ask for fewer indicators, cities or periods). */
export const SDMX_PAGE = 1000;
export const SDMX_MAX_ROWS = 200_000;

/** One value as the SDMX export and the bulk download read it (SDMX_NODE). */
export interface SdmxObservation {
  period: string;
  value: number;
  status: string;
  source: string;
  sample: boolean;
  unit: string;
  city: { id: string };
  indicator: { code: string };
  breakdown: { dimension: string; code: string }[];
  attributes: {
    nature: string | null;
    lowerBound: number | null;
    upperBound: number | null;
    unitMultiplier: number | null;
    seriesBreak: boolean;
    seriesBreakReason: string | null;
    footnotes: string[];
  };
  citation: { publisher: string; title: string; url: string; publishedOn: string; quote: string; sourceUnit: string | null; derivation: string; derivationInputs: number[] } | null;
}

interface SdmxPage extends DataVersionAnswer {
  observations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: SdmxObservation[] };
}

/** What both read of a value: the observation, its attributes and its citation. */
export const SDMX_NODE = `period value status source sample unit city { id } indicator { code } breakdown { dimension code }
      attributes { nature lowerBound upperBound unitMultiplier seriesBreak seriesBreakReason footnotes }
      citation { publisher title url publishedOn quote sourceUnit derivation derivationInputs }`;

export const SDMX_QUERY = `query ExportSdmx($indicatorCodes: [ID!]!, $cityIds: [ID!], $periods: [Period!], $includeSample: Boolean!, $first: Int!, $after: String, $asOf: DateTimeISO) {
  ${DATA_VERSION}
  observations(indicatorCodes: $indicatorCodes, cityIds: $cityIds, periods: $periods, includeSample: $includeSample, first: $first, after: $after, asOf: $asOf) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { ${SDMX_NODE} }
  }
}`;

/** One observation as an SDMX-CSV row, in SDMX_COLUMN_NAMES order: `_T` for a dimension it is not broken down by. */
export function sdmxRow(observation: SdmxObservation): unknown[] {
  const part = (dimension: string) => observation.breakdown.find((code) => code.dimension === dimension)?.code ?? SDMX_TOTAL;
  const { attributes, citation } = observation;
  const cells: Record<SdmxColumn, unknown> = {
    STRUCTURE: 'dataflow',
    STRUCTURE_ID: SDMX_STRUCTURE_ID,
    ACTION: 'I',
    FREQ: observation.period.includes('-Q') ? 'Q' : 'A',
    REF_AREA: observation.city.id,
    SERIES: observation.indicator.code,
    SEX: part('SEX'),
    AGE: part('AGE'),
    URBANISATION: part('URBANISATION'),
    DISTRICT: part('DISTRICT'),
    TIME_PERIOD: observation.period,
    OBS_VALUE: observation.value,
    UNIT_MEASURE: observation.unit,
    UNIT_MULT: attributes.unitMultiplier ?? '',
    NATURE: attributes.nature ?? '',
    OBS_STATUS: SDMX_OBS_STATUS[observation.status] ?? '',
    LOWER_BOUND: attributes.lowerBound ?? '',
    UPPER_BOUND: attributes.upperBound ?? '',
    SERIES_BREAK: attributes.seriesBreak,
    SERIES_BREAK_REASON: attributes.seriesBreakReason ?? '',
    COMMENT_OBS: attributes.footnotes.join(' | '),
    SOURCE_DETAIL: observation.source,
    SOURCE_PUBLISHER: citation?.publisher ?? '',
    SOURCE_TITLE: citation?.title ?? '',
    SOURCE_URL: citation?.url ?? '',
    SOURCE_PUBLISHED_ON: citation?.publishedOn ?? '',
    SOURCE_QUOTE: citation?.quote ?? '',
    SOURCE_UNIT: citation?.sourceUnit ?? '',
    DERIVATION: citation?.derivation ?? '',
    DERIVATION_INPUTS: citation?.derivationInputs.join(';') ?? '',
    SAMPLE: observation.sample,
  };
  return SDMX_COLUMN_NAMES.map((column) => cells[column]);
}

/**
 * `GET /export/sdmx.csv?indicatorCodes=…[&cityIds=…][&periods=…][&includeSample=true]`: every current value
 * of the indicators (totals and breakdowns) as SDMX-CSV 2.0, read from the graph a page at a time and written
 * as each page arrives. Parameters and the size are checked on the first page, before anything is sent; a
 * later page that fails ends the response without its last chunk, so that a short file is never taken for a
 * whole one.
 */
export function sdmxExportHandler(apollo: ApolloServer<GatewayContext>, context: (req: Request) => Promise<GatewayContext>) {
  return async (req: Request, res: Response) => {
    const request = exportParams(req, res, (params) => {
      const indicatorCodes = list(params, 'indicatorCodes');
      if (indicatorCodes.length === 0) throw new Error('The query parameter "indicatorCodes" is required.');
      const cityIds = list(params, 'cityIds');
      const periods = list(params, 'periods');
      return {
        indicatorCodes,
        cityIds: cityIds.length ? cityIds : null,
        periods: periods.length ? periods : null,
        includeSample: includeSampleParam(params),
        asOf: asOfParam(params),
        first: SDMX_PAGE,
      };
    });
    if (!request) return;
    const contextValue = await exportContext(req, res, context);
    if (!contextValue) return;
    const variables = request.read;
    let page = (await runExportQuery(apollo, contextValue, res, SDMX_QUERY, { ...variables, after: null })) as SdmxPage | undefined;
    if (!page) return;
    if (page.observations.totalCount > SDMX_MAX_ROWS) {
      return fail(res, 400, ErrorCode.BAD_USER_INPUT, `The export would hold ${page.observations.totalCount} values, more than ${SDMX_MAX_ROWS}: ask for fewer indicators, cities or periods.`);
    }
    // The version of the first page: a write while later pages are read is in the file only with asOf left out.
    versionHeaders(nameExport(res, 'sdmx', 'csv', variables.includeSample), page).type('text/csv; charset=utf-8; header=present');
    // No byte-order mark: SDMX readers take the first column's name as it is.
    res.write(stringify([SDMX_COLUMN_NAMES], CSV_OPTIONS));
    for (;;) {
      res.write(stringify(page.observations.nodes.map(sdmxRow), CSV_OPTIONS));
      if (!page.observations.pageInfo.hasNextPage) return res.end();
      const next = await executeExport(apollo, contextValue, SDMX_QUERY, { ...variables, after: page.observations.pageInfo.endCursor });
      if (!next.ok) return res.destroy();
      page = next.data as SdmxPage;
    }
  };
}
