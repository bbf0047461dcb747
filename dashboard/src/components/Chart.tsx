import { Skeleton } from 'antd';
import { REDUCED_MOTION } from '../reduced-motion';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './EChart';

// ECharts is loaded only by the pages that draw a chart: its own chunk. A chart page calls
// preloadChart() when its own code loads, so the chunk arrives while the page's data is on its way.
const load = () => import('./EChart');
const EChart = lazy(load);

export function preloadChart(): void {
  void load();
}

export type { EChartProps };

export function Chart(props: EChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active={!REDUCED_MOTION} style={{ width: '100%', height: props.height ?? 320 }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
