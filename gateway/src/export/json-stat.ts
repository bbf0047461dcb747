/**
 * JSON-stat 2.0 (https://json-stat.org/format/) of a comparison: one dataset whose dimensions are city ×
 * indicator × period, then one dimension of a single category per part of the breakdown, with the values
 * and their statuses as flat arrays in row-major order (the last dimension changes fastest).
 */

export type Language = 'en' | 'zh';

interface Labelled {
  name: string;
  nameZh: string;
}

export interface ComparisonForJsonStat {
  cities: (Labelled & { id: string })[];
  indicators: (Labelled & { code: string; unit: string })[];
  periods: string[];
  cells: { cityId: string; indicatorCode: string; period: string; value: number | null; status: string | null; sample: boolean | null; missing: boolean }[];
  includesSample: boolean;
}

/** One part of the breakdown, with the labels of its dimension and code. */
export interface BreakdownPartLabels {
  dimension: { id: string; label: string; labelZh: string };
  code: { code: string; label: string; labelZh: string };
}

interface Category {
  index: string[];
  label: Record<string, string>;
  unit?: Record<string, { label: string }>;
}

export interface JsonStatDataset {
  version: '2.0';
  class: 'dataset';
  label: string;
  source: string;
  id: string[];
  size: number[];
  role: { geo: string[]; time: string[]; metric: string[] };
  dimension: Record<string, { label: string; category: Category }>;
  value: (number | null)[];
  status: string[];
  note: string[];
  /** When the data last changed (JSON-stat's own attribute), as of the instant asked for. */
  updated?: string;
  extension: { includesSample: boolean; sample: boolean[]; dataVersion: string; asOf: string | null };
}

/** The data version the comparison was computed from (the graph's `dataVersion`). */
export interface VersionOfData {
  id: string;
  changedAt: string | null;
  asOf: string | null;
}

/** The status of a cell without a usable value, as the CSV exports write it. */
export const MISSING_STATUS = 'MISSING';

const TEXT = {
  en: {
    dataset: 'Comparison of cities',
    source: 'Urban Governance Federation',
    city: 'City',
    indicator: 'Indicator',
    period: 'Period',
    sample: 'Includes synthetic sample values (a demo), flagged in extension.sample; they are not published figures.',
    published: 'Sample values left out: only submitted and published values are counted.',
  },
  zh: {
    dataset: '城市比较',
    source: 'Urban Governance Federation',
    city: '城市',
    indicator: '指标',
    period: '时期',
    sample: '含合成的示例数值（演示用），见 extension.sample；它们不是公布的数据。',
    published: '不含示例数值：只计提交和公布的数值。',
  },
} as const;

const labelOf = (item: Labelled, lang: Language) => (lang === 'zh' ? item.nameZh : item.name);

export function comparisonJsonStat(comparison: ComparisonForJsonStat, breakdown: readonly BreakdownPartLabels[], lang: Language, version: VersionOfData): JsonStatDataset {
  const text = TEXT[lang];
  const { cities, indicators, periods } = comparison;
  const categoryOf = <T extends Labelled>(items: readonly T[], id: (item: T) => string): Category => ({
    index: items.map(id),
    label: Object.fromEntries(items.map((item) => [id(item), labelOf(item, lang)])),
  });
  const dimension: JsonStatDataset['dimension'] = {
    city: { label: text.city, category: categoryOf(cities, (city) => city.id) },
    indicator: {
      label: text.indicator,
      category: {
        ...categoryOf(indicators, (indicator) => indicator.code),
        unit: Object.fromEntries(indicators.map((indicator) => [indicator.code, { label: indicator.unit }])),
      },
    },
    period: { label: text.period, category: { index: [...periods], label: Object.fromEntries(periods.map((period) => [period, period])) } },
  };
  for (const part of breakdown) {
    dimension[part.dimension.id] = {
      label: lang === 'zh' ? part.dimension.labelZh : part.dimension.label,
      category: { index: [part.code.code], label: { [part.code.code]: lang === 'zh' ? part.code.labelZh : part.code.label } },
    };
  }
  const size = [cities.length, indicators.length, periods.length];
  const at = (ids: readonly string[]) => new Map(ids.map((id, index) => [id, index]));
  const [cityAt, indicatorAt, periodAt] = [at(cities.map((city) => city.id)), at(indicators.map((indicator) => indicator.code)), at(periods)];
  const value = new Array<number | null>(size[0] * size[1] * size[2]).fill(null);
  const status = new Array<string>(value.length).fill(MISSING_STATUS);
  const sample = new Array<boolean>(value.length).fill(false);
  for (const cell of comparison.cells) {
    if (cell.missing || cell.value === null) continue;
    const index = (cityAt.get(cell.cityId)! * size[1] + indicatorAt.get(cell.indicatorCode)!) * size[2] + periodAt.get(cell.period)!;
    value[index] = cell.value;
    status[index] = cell.status ?? MISSING_STATUS;
    sample[index] = cell.sample === true;
  }
  return {
    version: '2.0',
    class: 'dataset',
    label: text.dataset,
    source: text.source,
    id: ['city', 'indicator', 'period', ...breakdown.map((part) => part.dimension.id)],
    size: [...size, ...breakdown.map(() => 1)],
    role: { geo: ['city'], time: ['period'], metric: ['indicator'] },
    dimension,
    value,
    status,
    note: [comparison.includesSample ? text.sample : text.published],
    ...(version.changedAt ? { updated: version.changedAt } : {}),
    extension: { includesSample: comparison.includesSample, sample, dataVersion: version.id, asOf: version.asOf },
  };
}
