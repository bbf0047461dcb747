import { BarChart, CustomChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { Button, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';
import { REDUCED_MOTION } from '../reduced-motion';

// Only the chart types and components the dashboard uses, so the chunk stays small; the SVG renderer and the
// map come in chunks of their own when first needed.
echarts.use([BarChart, CustomChart, HeatmapChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);
const hasMap = (option: echarts.EChartsCoreOption) => 'geo' in option;
const draw = (instance: echarts.ECharts, option: echarts.EChartsCoreOption) => instance.setOption(REDUCED_MOTION ? { ...option, animation: false } : option, { notMerge: true });

function save(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.click();
}

/** The chart as drawn, at twice its size, on white. */
function savePng(chart: echarts.ECharts, fileName: string): void {
  save(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), `${fileName}.png`);
}

/** The same option drawn again by the SVG renderer, off screen, at the chart's size: a vector file. */
async function saveSvg(chart: echarts.ECharts, option: echarts.EChartsCoreOption, fileName: string): Promise<void> {
  await import('./svg-renderer');
  const drawing = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: chart.getWidth(), height: chart.getHeight() });
  drawing.setOption({ ...option, animation: false, backgroundColor: '#fff' });
  const url = URL.createObjectURL(new Blob([drawing.renderToSVGString()], { type: 'image/svg+xml' }));
  drawing.dispose();
  save(url, `${fileName}.svg`);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface EChartProps {
  option: echarts.EChartsCoreOption;
  height?: number;
  /** What the chart shows, for screen readers (the figures are also in a table next to it). */
  label: string;
  testId?: string;
}

export default function EChart({ option, height = 320, label, testId }: EChartProps) {
  const { t } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  const latest = useRef(option);

  // Declared before the chart's creation: on mount it only records the option, which the creation then draws.
  useEffect(() => {
    latest.current = option;
    if (chart.current) draw(chart.current, option);
  }, [option]);

  useEffect(() => {
    const node = element.current as HTMLDivElement;
    let instance: echarts.ECharts | undefined;
    let observer: ResizeObserver | undefined;
    let disposed = false;
    const start = () => {
      if (disposed) return;
      instance = echarts.init(node, undefined, { renderer: 'canvas' });
      chart.current = instance;
      instance.on('finished', () => {
        node.dataset.rendered = 'true';
        if (!(window as unknown as { __firstChartAt?: number }).__firstChartAt) (window as unknown as { __firstChartAt?: number }).__firstChartAt = performance.now();
      });
      const resized = instance;
      observer = new ResizeObserver(() => resized.resize());
      observer.observe(node);
    };
    // A map's components must be installed before its chart is created: an instance takes the layouts known then.
    const drawn = () => {
      start();
      if (instance) draw(instance, latest.current);
    };
    if (hasMap(latest.current)) void import('./china-map').then(drawn);
    else drawn();
    return () => {
      disposed = true;
      observer?.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, []);

  const fileName = testId ?? 'chart';
  return (
    <>
      <div ref={element} role="img" aria-label={label} data-testid={testId} className="chart" data-animated={String(!REDUCED_MOTION)} style={{ width: '100%', height }} />
      <Space size={4} className="chart-downloads" role="group" aria-label={`${t('downloads')}: ${label}`}>
        <Button size="small" type="text" onClick={() => chart.current && savePng(chart.current, fileName)} data-testid={`${fileName}-png`}>
          {t('chartPng')}
        </Button>
        <Button size="small" type="text" onClick={() => void (chart.current && saveSvg(chart.current, option, fileName))} data-testid={`${fileName}-svg`}>
          {t('chartSvg')}
        </Button>
      </Space>
    </>
  );
}
