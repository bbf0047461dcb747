import type { ServiceName } from '@ugf/runtime';
import { scaleCities, scaleIndicators } from '../scale/generate-scale-data';
import type { ScaleOptions } from '../scale/scale-options';

export interface ReadWorkload {
  id: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** Concurrency levels to drive it at. */
  concurrency: number[];
  /** Set when the whole query is answered by one subgraph: it is then also measured straight against it. */
  singleSubgraph?: ServiceName;
  /** Cells of a comparison matrix. */
  cells?: number;
}

export interface DataShape {
  cityIds: string[];
  indicatorCodes: string[];
  periods: string[];
  latestPeriod: string;
}

/** The cities, indicators and periods of a loaded scale data set, which the workloads pick from. */
export function dataShapeOf(scale: ScaleOptions): DataShape {
  return {
    cityIds: scaleCities(scale).all.map((city) => city.id),
    indicatorCodes: scaleIndicators(scale).all.map((indicator) => indicator.code),
    periods: Array.from({ length: scale.years }, (_, index) => String(scale.lastYear - scale.years + 1 + index)),
    latestPeriod: String(scale.lastYear),
  };
}

const W1 = `query CityDashboard($id: ID!, $period: Period!) {
  city(id: $id) {
    id name nameZh population
    observations(period: $period) { nodes { period value status indicator { code name unit initiative { number title } } } }
    cases { nodes { id title year } }
    peers { id name }
  }
}`;

const W2 = `query Ranking($indicatorCode: ID!, $period: Period!) {
  ranking(includeSample: true, indicatorCode: $indicatorCode, period: $period) {
    entries { rank value score unit city { id name perCapita(includeSample: true, indicatorCode: $indicatorCode, period: $period) { valuePer100k } } }
    missing { id name }
  }
}`;

const W3 = `query Matrix($cityIds: [ID!]!, $indicatorCodes: [ID!]!, $periods: [Period!]!) {
  comparison(includeSample: true, cityIds: $cityIds, indicatorCodes: $indicatorCodes, periods: $periods) {
    periods
    cells { cityId indicatorCode period value score status missing }
  }
}`;

const W3C = `query MatrixCompact($cityIds: [ID!]!, $indicatorCodes: [ID!]!, $periods: [Period!]!) {
  comparison(includeSample: true, cityIds: $cityIds, indicatorCodes: $indicatorCodes, periods: $periods) {
    periods
    matrix { size value score status }
  }
}`;

const W4 = `query DeclarationIndex($period: Period!) {
  declarationIndex(includeSample: true, period: $period) { period entries { rank index coverage indexMissingReason city { id name nameZh } } }
}`;

const W5 = `query Catalogue {
  initiatives { id number title titleZh indicators { code name unit direction } cases { nodes { id } } }
}`;

const W7 = `query IndicatorList {
  indicators { code name unit }
}`;

/** The dashboard workloads of the benchmark, on whatever data set is loaded. */
export function readWorkloads(data: DataShape, quick: boolean): ReadWorkload[] {
  const matrixCities = data.cityIds.slice(0, 300);
  const matrixIndicators = data.indicatorCodes.slice(0, 10);
  const matrixPeriods = data.periods.slice(-5);
  const cells = matrixCities.length * matrixIndicators.length * matrixPeriods.length;
  // The quick run (CI's smoke run) measures one concurrency level, the highest, so that every code path runs once.
  const levels = (...values: number[]) => (quick ? values.slice(-1) : values);
  return [
    { id: 'W1', title: 'city dashboard (4 subgraphs)', query: W1, variables: { id: data.cityIds[Math.floor(data.cityIds.length / 2)], period: data.latestPeriod }, concurrency: levels(1, 16) },
    {
      id: 'W2',
      title: `ranking of ${data.cityIds.length} cities with per-capita values`,
      query: W2,
      variables: { indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: data.latestPeriod },
      concurrency: levels(1, 16),
    },
    {
      id: 'W3',
      title: `comparison ${matrixCities.length} x ${matrixIndicators.length} x ${matrixPeriods.length} (${cells} cells)`,
      query: W3,
      variables: { cityIds: matrixCities, indicatorCodes: matrixIndicators, periods: matrixPeriods },
      concurrency: levels(1, 4, 16),
      singleSubgraph: 'indicators',
    },
    {
      id: 'W3c',
      title: 'the same comparison in the compact form (JSON-stat arrays)',
      query: W3C,
      variables: { cityIds: matrixCities, indicatorCodes: matrixIndicators, periods: matrixPeriods },
      concurrency: levels(1, 4, 16),
      singleSubgraph: 'indicators',
    },
    { id: 'W4', title: `declaration index of ${data.cityIds.length} cities`, query: W4, variables: { period: data.latestPeriod }, concurrency: levels(1, 16) },
    { id: 'W5', title: 'catalogue: initiatives, indicators, cases', query: W5, variables: {}, concurrency: levels(1, 16) },
    // The gateway's fixed cost per request: a small answer from one subgraph, also measured straight against it.
    { id: 'W7', title: 'indicator list (1 subgraph, small answer)', query: W7, variables: {}, concurrency: levels(1, 16), singleSubgraph: 'indicators' },
  ];
}

/**
 * The largest matrix the API allows (300 cities x 50 indicators x 20 periods), within the loaded data, in the
 * compact form: as one object per cell it could hold more objects than the answer cost limit allows (MAX_COST).
 */
export function largestMatrix(data: DataShape): ReadWorkload {
  const variables = { cityIds: data.cityIds.slice(0, 300), indicatorCodes: data.indicatorCodes.slice(0, 50), periods: data.periods.slice(-20) };
  const cells = variables.cityIds.length * variables.indicatorCodes.length * variables.periods.length;
  return { id: 'W3max', title: `largest comparison (${cells} cells, compact form)`, query: W3C, variables, concurrency: [1], singleSubgraph: 'indicators', cells };
}
