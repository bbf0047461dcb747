/** What `GET /export/<name>.csv` runs through the graph, and how its answer becomes CSV rows. */
export interface ExportDefinition<TData = unknown> {
  query: string;
  /** Reads the URL's query parameters; throws a message for a missing one. */
  variables(params: URLSearchParams): Record<string, unknown>;
  columns: string[];
  /** `data` is the answer to `query` without errors, shaped as the schema types its selection. */
  rows(data: TData): unknown[][];
}

interface Named {
  id: string;
  name: string;
}

/** What an export carries of a value's attributes; its unit multiplier is the indicator's, as analytics give every value. */
interface Attributes {
  nature: string | null;
  lowerBound: number | null;
  upperBound: number | null;
  seriesBreak: boolean;
  seriesBreakReason: string | null;
  footnotes: string[];
}

const ATTRIBUTES = 'attributes { nature lowerBound upperBound seriesBreak seriesBreakReason footnotes }';
const ATTRIBUTE_COLUMNS = ['nature', 'lower_bound', 'upper_bound', 'series_break', 'series_break_reason', 'footnotes'];

/** The attribute cells of a value (empty ones for a missing value); footnotes in one cell, separated by " | ". */
const attributeCells = (attributes: Attributes | null) =>
  attributes === null
    ? ATTRIBUTE_COLUMNS.map(() => '')
    : [attributes.nature ?? '', attributes.lowerBound ?? '', attributes.upperBound ?? '', attributes.seriesBreak, attributes.seriesBreakReason ?? '', attributes.footnotes.join(' | ')];

/** What an export carries of a value's citation: enough to find the sentence the figure comes from. */
interface Citation {
  publisher: string;
  title: string;
  url: string;
  publishedOn: string;
  quote: string;
  derivation: string;
}

const CITATION = 'citation { publisher title url publishedOn quote derivation }';
const CITATION_COLUMNS = ['citation_publisher', 'citation_title', 'citation_url', 'citation_published_on', 'citation_quote', 'citation_derivation'];

/** The citation cells of a value; empty for a value with a free-text source only, or a missing one. */
const citationCells = (citation: Citation | null | undefined) =>
  citation ? [citation.publisher, citation.title, citation.url, citation.publishedOn, citation.quote, citation.derivation] : CITATION_COLUMNS.map(() => '');

interface RankingAnswer {
  ranking: {
    indicator: { code: string; name: string };
    period: string;
    entries: {
      rank: number;
      rankRange: { best: number; worst: number };
      statisticallyTied: boolean;
      value: number;
      attributes: Attributes;
      unit: string;
      status: string;
      source: string;
      citation: Citation | null;
      sample: boolean;
      score: number;
      city: Named;
    }[];
    missing: Named[];
  } | null;
}

interface ComparisonAnswer {
  comparison: {
    indicators: { code: string; unit: string }[];
    cells: {
      cityId: string;
      indicatorCode: string;
      period: string;
      value: number | null;
      attributes: Attributes | null;
      score: number | null;
      status: string | null;
      source: string | null;
      citation: Citation | null;
      sample: boolean | null;
      missing: boolean;
    }[];
  };
}

interface SeriesAnswer {
  city:
    | (Named & {
        series: {
          indicator: { code: string; unit: string };
          trend: string;
          points: {
            period: string;
            value: number;
            attributes: Attributes;
            status: string;
            source: string;
            citation: Citation | null;
            sample: boolean;
            changeFromPrevious: number | null;
            changeFromBaseline: number | null;
          }[];
        } | null;
      })
    | null;
}

export const list = (params: URLSearchParams, name: string) =>
  (params.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);

/** `asOf=<ISO instant>`: the answer as the data stood then (the graph checks the instant); absent for the current data. */
export const asOfParam = (params: URLSearchParams): string | null => params.get('asOf')?.trim() || null;

/** What every export asks beside its answer: the data version it was computed from, for the `X-Data-Version` header. */
export const DATA_VERSION = 'dataVersion(asOf: $asOf) { id changedAt asOf }';

export interface DataVersionAnswer {
  dataVersion: { id: string; changedAt: string | null; asOf: string | null };
}

/** `includeSample=true` counts synthetic sample values too; absent or `false` leaves them out, as the API does by default. */
export function includeSampleParam(params: URLSearchParams): boolean {
  const value = params.get('includeSample');
  if (value === null || value === 'false') return false;
  if (value === 'true') return true;
  throw new Error('The query parameter "includeSample" must be true or false.');
}

function required(params: URLSearchParams, name: string): string {
  const value = params.get(name)?.trim();
  if (!value) throw new Error(`The query parameter "${name}" is required.`);
  return value;
}

const ranking: ExportDefinition<RankingAnswer> = {
  query: `query Export($indicatorCode: ID!, $period: Period!, $cityIds: [ID!], $includeSample: Boolean!, $asOf: DateTimeISO) {
    ${DATA_VERSION}
    ranking(indicatorCode: $indicatorCode, period: $period, cityIds: $cityIds, includeSample: $includeSample, asOf: $asOf) {
      indicator { code name } period
      entries { rank rankRange { best worst } statisticallyTied value ${ATTRIBUTES} unit status source ${CITATION} sample score city { id name } }
      missing { id name }
    }
  }`,
  variables: (params) => ({
    indicatorCode: required(params, 'indicatorCode'),
    period: required(params, 'period'),
    cityIds: list(params, 'cityIds').length ? list(params, 'cityIds') : null,
    includeSample: includeSampleParam(params),
    asOf: asOfParam(params),
  }),
  columns: [
    'rank',
    'rank_best',
    'rank_worst',
    'statistically_tied',
    'city_id',
    'city_name',
    'indicator_code',
    'indicator_name',
    'period',
    'value',
    'unit',
    'status',
    'score',
    'source',
    'sample',
    ...ATTRIBUTE_COLUMNS,
    ...CITATION_COLUMNS,
  ],
  rows: ({ ranking }) =>
    ranking === null
      ? []
      : [
          ...ranking.entries.map((entry) => [
            entry.rank,
            entry.rankRange.best,
            entry.rankRange.worst,
            entry.statisticallyTied,
            entry.city.id,
            entry.city.name,
            ranking.indicator.code,
            ranking.indicator.name,
            ranking.period,
            entry.value,
            entry.unit,
            entry.status,
            entry.score,
            entry.source,
            entry.sample,
            ...attributeCells(entry.attributes),
            ...citationCells(entry.citation),
          ]),
          ...ranking.missing.map((city) => [
            '',
            '',
            '',
            '',
            city.id,
            city.name,
            ranking.indicator.code,
            ranking.indicator.name,
            ranking.period,
            '',
            '',
            'MISSING',
            '',
            '',
            '',
            ...attributeCells(null),
            ...citationCells(null),
          ]),
        ],
};

const comparison: ExportDefinition<ComparisonAnswer> = {
  query: `query Export($cityIds: [ID!]!, $indicatorCodes: [ID!]!, $periods: [Period!]!, $includeSample: Boolean!, $asOf: DateTimeISO) {
    ${DATA_VERSION}
    comparison(cityIds: $cityIds, indicatorCodes: $indicatorCodes, periods: $periods, includeSample: $includeSample, asOf: $asOf) {
      indicators { code unit }
      cells { cityId indicatorCode period value ${ATTRIBUTES} score status source ${CITATION} sample missing }
    }
  }`,
  variables: (params) => ({
    cityIds: list(params, 'cityIds'),
    indicatorCodes: list(params, 'indicatorCodes'),
    periods: list(params, 'periods'),
    includeSample: includeSampleParam(params),
    asOf: asOfParam(params),
  }),
  columns: ['city_id', 'indicator_code', 'period', 'value', 'unit', 'status', 'score', 'source', 'sample', ...ATTRIBUTE_COLUMNS, ...CITATION_COLUMNS],
  rows: ({ comparison }) => {
    const units = new Map(comparison.indicators.map((indicator) => [indicator.code, indicator.unit]));
    return comparison.cells.map((cell) => [
      cell.cityId,
      cell.indicatorCode,
      cell.period,
      cell.value ?? '',
      units.get(cell.indicatorCode),
      cell.missing ? 'MISSING' : cell.status,
      cell.score ?? '',
      cell.source ?? '',
      cell.sample ?? '',
      ...attributeCells(cell.attributes),
      ...citationCells(cell.citation),
    ]);
  },
};

const series: ExportDefinition<SeriesAnswer> = {
  query: `query Export($cityId: ID!, $indicatorCode: ID!, $includeSample: Boolean!, $asOf: DateTimeISO) {
    ${DATA_VERSION}
    city(id: $cityId) { id name series(indicatorCode: $indicatorCode, includeSample: $includeSample, asOf: $asOf) { indicator { code unit } trend points { period value ${ATTRIBUTES} status source ${CITATION} sample changeFromPrevious changeFromBaseline } } }
  }`,
  variables: (params) => ({ cityId: required(params, 'cityId'), indicatorCode: required(params, 'indicatorCode'), includeSample: includeSampleParam(params), asOf: asOfParam(params) }),
  columns: [
    'city_id',
    'city_name',
    'indicator_code',
    'period',
    'value',
    'unit',
    'status',
    'change_from_previous',
    'change_from_baseline',
    'trend',
    'source',
    'sample',
    ...ATTRIBUTE_COLUMNS,
    ...CITATION_COLUMNS,
  ],
  rows: ({ city }) => {
    const found = city?.series;
    if (!city || !found) return [];
    return found.points.map((point) => [
      city.id,
      city.name,
      found.indicator.code,
      point.period,
      point.value,
      found.indicator.unit,
      point.status,
      point.changeFromPrevious ?? '',
      point.changeFromBaseline ?? '',
      found.trend,
      point.source,
      point.sample,
      ...attributeCells(point.attributes),
      ...citationCells(point.citation),
    ]);
  },
};

export const EXPORTS: ReadonlyMap<string, ExportDefinition> = new Map<string, ExportDefinition>([
  ['ranking', ranking],
  ['comparison', comparison],
  ['series', series],
]);
