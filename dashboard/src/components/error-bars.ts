import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn } from 'echarts';
import type { Interval } from './value-attributes';

export const ERROR_BAR_COLOR = '#111827';

/**
 * An ECharts custom series drawing each value's interval as a whisker with caps across the category axis;
 * `texts[i]`, when given, is written beyond the upper cap (the bar's own label would sit under the whisker).
 * Needs ECharts' CustomChart (registered in EChart.tsx).
 */
export function errorBarSeries({ intervals, horizontal, texts }: { intervals: readonly (Interval | null)[]; horizontal: boolean; texts?: readonly string[] }) {
  const data = intervals.flatMap((interval, index) => (interval ? [[index, interval.lower, interval.upper]] : []));
  return {
    type: 'custom',
    silent: true,
    z: 3,
    tooltip: { show: false },
    encode: horizontal ? { x: [1, 2], y: 0 } : { x: 0, y: [1, 2] },
    data,
    renderItem(params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn {
      const category = api.value(0) as number;
      const at = (value: number) => api.coord(horizontal ? [api.value(value), category] : [category, api.value(value)]);
      const [low, high] = [at(1), at(2)];
      const band = (api.size?.([1, 1]) as number[])[horizontal ? 1 : 0];
      const cap = Math.min(8, band * 0.25);
      const style = { stroke: ERROR_BAR_COLOR, lineWidth: 1.5 };
      const across = (point: number[]) =>
        horizontal ? { x1: point[0], y1: point[1] - cap, x2: point[0], y2: point[1] + cap } : { x1: point[0] - cap, y1: point[1], x2: point[0] + cap, y2: point[1] };
      const text = texts?.[data[params.dataIndex][0]];
      return {
        type: 'group',
        children: [
          { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
          { type: 'line', shape: across(low), style },
          { type: 'line', shape: across(high), style },
          ...(text ? [{ type: 'text' as const, x: high[0] + 6, y: high[1], style: { text, fill: '#1f2937', fontSize: 12, verticalAlign: 'middle' as const } }] : []),
        ],
      };
    },
  };
}
