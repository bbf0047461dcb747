import { asOfParam, DATA_VERSION, type DataVersionAnswer, list, includeSampleParam } from './export-definitions';
import { type BreakdownPartLabels, type ComparisonForJsonStat, comparisonJsonStat, type Language } from './json-stat';

/** What `GET /export/<name>.json` runs through the graph, and the JSON document it makes of the answer. */
export interface JsonExportDefinition<TData = unknown> {
  query: string;
  /** Reads the URL's query parameters; throws a message for a missing or malformed one. */
  variables(params: URLSearchParams): Record<string, unknown>;
  /** `data` is the answer to `query` without errors. */
  body(data: TData, params: URLSearchParams): unknown;
}

interface DimensionLabels {
  id: string;
  label: string;
  labelZh: string;
  codes: { code: string; label: string; labelZh: string }[];
}

interface ComparisonJsonStatAnswer extends DataVersionAnswer {
  comparison: ComparisonForJsonStat;
  dimensions?: DimensionLabels[];
}

/** `lang=en` (the default) or `lang=zh`: the language of the labels. */
export function languageParam(params: URLSearchParams): Language {
  const value = params.get('lang') ?? 'en';
  if (value === 'en' || value === 'zh') return value;
  throw new Error('The query parameter "lang" must be en or zh.');
}

/** `breakdown=SEX:F,DISTRICT:440305`, as the dashboard's URLs write it; absent for the totals. */
export function breakdownParam(params: URLSearchParams): { dimension: string; code: string }[] {
  return list(params, 'breakdown').map((text) => {
    const [dimension, code, ...rest] = text.split(':');
    if (!dimension || !code || rest.length > 0) throw new Error(`The query parameter "breakdown" takes DIMENSION:CODE pairs separated by commas; got "${text}".`);
    return { dimension, code };
  });
}

/** The labels of the breakdown's parts; a code the list leaves out (the total) is labelled by itself. */
function breakdownLabels(parts: readonly { dimension: string; code: string }[], dimensions: readonly DimensionLabels[]): BreakdownPartLabels[] {
  return parts.map((part) => {
    const dimension = dimensions.find((candidate) => candidate.id === part.dimension) ?? { id: part.dimension, label: part.dimension, labelZh: part.dimension, codes: [] };
    const code = dimension.codes.find((candidate) => candidate.code === part.code) ?? { code: part.code, label: part.code, labelZh: part.code };
    return { dimension, code };
  });
}

const comparison: JsonExportDefinition<ComparisonJsonStatAnswer> = {
  query: `query ExportJsonStat($cityIds: [ID!]!, $indicatorCodes: [ID!]!, $periods: [Period!]!, $includeSample: Boolean!, $breakdown: [DimensionCodeInput!], $withBreakdown: Boolean!, $asOf: DateTimeISO) {
    ${DATA_VERSION}
    comparison(cityIds: $cityIds, indicatorCodes: $indicatorCodes, periods: $periods, includeSample: $includeSample, breakdown: $breakdown, asOf: $asOf) {
      cities { id name nameZh }
      indicators { code name nameZh unit }
      periods
      cells { cityId indicatorCode period value status sample missing }
      includesSample
    }
    dimensions @include(if: $withBreakdown) { id label labelZh codes { code label labelZh } }
  }`,
  variables: (params) => {
    languageParam(params);
    const breakdown = breakdownParam(params);
    return {
      cityIds: list(params, 'cityIds'),
      indicatorCodes: list(params, 'indicatorCodes'),
      periods: list(params, 'periods'),
      includeSample: includeSampleParam(params),
      breakdown: breakdown.length > 0 ? breakdown : null,
      withBreakdown: breakdown.length > 0,
      asOf: asOfParam(params),
    };
  },
  body: (data, params) => comparisonJsonStat(data.comparison, breakdownLabels(breakdownParam(params), data.dimensions ?? []), languageParam(params), data.dataVersion),
};

export const JSON_EXPORTS: ReadonlyMap<string, JsonExportDefinition> = new Map<string, JsonExportDefinition>([['comparison', comparison]]);
