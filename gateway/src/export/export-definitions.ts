/** What `GET /export/<name>.csv` runs through the graph, and how its answer becomes CSV rows. */
export interface ExportDefinition {
  query: string;
  /** Reads the URL's query parameters; throws a message for a missing one. */
  variables(params: URLSearchParams): Record<string, unknown>;
  columns: string[];
  rows(data: Record<string, any>): unknown[][];
}

const list = (params: URLSearchParams, name: string) =>
  (params.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);

function required(params: URLSearchParams, name: string): string {
  const value = params.get(name)?.trim();
  if (!value) throw new Error(`The query parameter "${name}" is required.`);
  return value;
}

export const EXPORTS: ReadonlyMap<string, ExportDefinition> = new Map(Object.entries({
  ranking: {
    query: `query Export($indicatorCode: ID!, $period: Period!, $cityIds: [ID!]) {
      ranking(indicatorCode: $indicatorCode, period: $period, cityIds: $cityIds) {
        indicator { code name } period
        entries { rank value unit status source score city { id name } }
        missing { id name }
      }
    }`,
    variables: (params) => ({ indicatorCode: required(params, 'indicatorCode'), period: required(params, 'period'), cityIds: list(params, 'cityIds').length ? list(params, 'cityIds') : null }),
    columns: ['rank', 'city_id', 'city_name', 'indicator_code', 'indicator_name', 'period', 'value', 'unit', 'status', 'score', 'source'],
    rows: ({ ranking }) =>
      ranking === null
        ? []
        : [
            ...ranking.entries.map((entry: any) => [entry.rank, entry.city.id, entry.city.name, ranking.indicator.code, ranking.indicator.name, ranking.period, entry.value, entry.unit, entry.status, entry.score, entry.source]),
            ...ranking.missing.map((city: any) => ['', city.id, city.name, ranking.indicator.code, ranking.indicator.name, ranking.period, '', '', 'MISSING', '', '']),
          ],
  },
  comparison: {
    query: `query Export($cityIds: [ID!]!, $indicatorCodes: [ID!]!, $periods: [Period!]!) {
      comparison(cityIds: $cityIds, indicatorCodes: $indicatorCodes, periods: $periods) {
        indicators { code unit }
        cells { cityId indicatorCode period value score status source missing }
      }
    }`,
    variables: (params) => ({ cityIds: list(params, 'cityIds'), indicatorCodes: list(params, 'indicatorCodes'), periods: list(params, 'periods') }),
    columns: ['city_id', 'indicator_code', 'period', 'value', 'unit', 'status', 'score', 'source'],
    rows: ({ comparison }) => {
      const units = new Map(comparison.indicators.map((indicator: any) => [indicator.code, indicator.unit]));
      return comparison.cells.map((cell: any) => [cell.cityId, cell.indicatorCode, cell.period, cell.value ?? '', units.get(cell.indicatorCode), cell.missing ? 'MISSING' : cell.status, cell.score ?? '', cell.source ?? '']);
    },
  },
  series: {
    query: `query Export($cityId: ID!, $indicatorCode: ID!) {
      city(id: $cityId) { id name series(indicatorCode: $indicatorCode) { indicator { code unit } trend points { period value status source changeFromPrevious changeFromBaseline } } }
    }`,
    variables: (params) => ({ cityId: required(params, 'cityId'), indicatorCode: required(params, 'indicatorCode') }),
    columns: ['city_id', 'city_name', 'indicator_code', 'period', 'value', 'unit', 'status', 'change_from_previous', 'change_from_baseline', 'trend', 'source'],
    rows: ({ city }) =>
      !city?.series
        ? []
        : city.series.points.map((point: any) => [city.id, city.name, city.series.indicator.code, point.period, point.value, city.series.indicator.unit, point.status, point.changeFromPrevious ?? '', point.changeFromBaseline ?? '', city.series.trend, point.source]),
  },
}));
