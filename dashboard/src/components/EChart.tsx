import { BarChart, CustomChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { REDUCED_MOTION } from '../reduced-motion';

// Only the chart types and components the dashboard uses, so the chunk stays small.
echarts.use([BarChart, CustomChart, HeatmapChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export interface EChartProps {
  option: echarts.EChartsCoreOption;
  height?: number;
  /** What the chart shows, for screen readers (the figures are also in a table next to it). */
  label: string;
  testId?: string;
}

export default function EChart({ option, height = 320, label, testId }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const node = element.current as HTMLDivElement;
    const instance = echarts.init(node, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('finished', () => {
      node.dataset.rendered = 'true';
      if (!(window as unknown as { __firstChartAt?: number }).__firstChartAt) (window as unknown as { __firstChartAt?: number }).__firstChartAt = performance.now();
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(REDUCED_MOTION ? { ...option, animation: false } : option, { notMerge: true });
  }, [option]);

  return <div ref={element} role="img" aria-label={label} data-testid={testId} className="chart" data-animated={String(!REDUCED_MOTION)} style={{ width: '100%', height }} />;
}
