import type { useI18n } from '../i18n';
import { errorBarSeries } from './error-bars';
import { interval, isEstimate, superscript, type Notes, type ValueAttributes } from './value-attributes';
import { BREAK_COLOR, REPORTED_COLOR } from './value-styles';
import { TOOLTIP_STYLE, valueTooltip } from './value-tooltip';

type I18n = Pick<ReturnType<typeof useI18n>, 't' | 'number'>;
interface Point {
  period: string;
  value: number;
  attributes: ValueAttributes;
}

/** A line chart's point: filled when reported, hollow when estimated or modelled, with its note marks above it. */
export const pointItem = (point: Point, marks: readonly number[]) => ({
  value: point.value,
  symbol: isEstimate(point.attributes) ? 'emptyCircle' : 'circle',
  symbolSize: isEstimate(point.attributes) ? 8 : 6,
  itemStyle: { color: REPORTED_COLOR, borderWidth: 1.5 },
  label: { show: marks.length > 0, position: 'top', formatter: superscript(marks), fontSize: 13, color: '#1f2937' },
});

/** The points' bounds, so that the value axis spans the whiskers too. */
export const boundsOf = (points: readonly Point[]) => points.flatMap((point) => Object.values(interval(point.attributes) ?? {}));

/** The intervals of a line chart's points as vertical whiskers. */
export const pointErrorBars = (points: readonly Point[]) => errorBarSeries({ intervals: points.map((point) => interval(point.attributes)), horizontal: false });

/** A dashed vertical line through each point where the series breaks, with its note mark. */
export const seriesBreakLines = ({ t }: Pick<I18n, 't'>, points: readonly Point[], notes: Notes) =>
  points.flatMap((point, index) =>
    point.attributes.seriesBreak
      ? [
          {
            name: t('seriesBreak'),
            xAxis: point.period,
            lineStyle: { color: BREAK_COLOR, type: 'dashed' },
            label: { formatter: `${t('seriesBreak')}${superscript(notes.marks[index])}`, position: 'insideEndTop', color: BREAK_COLOR },
          },
        ]
      : [],
  );

/** A line chart's axis tooltip: the period's value with its interval, nature and notes. */
export const seriesTooltip = (i18n: I18n, points: readonly Point[], notes: Notes, unit: string) => ({
  trigger: 'axis',
  extraCssText: TOOLTIP_STYLE,
  formatter: (params: { dataIndex: number; seriesType: string }[]) => {
    const index = params.find((param) => param.seriesType !== 'custom')?.dataIndex ?? 0;
    const point = points[index];
    return valueTooltip(i18n, { heading: point.period, value: point.value, unit, attributes: point.attributes, marks: notes.marks[index], notes });
  },
});

/** The breaks of a series in words, for the chart's text label: "; Series break 2022: …". */
export const seriesBreakText = ({ t }: Pick<I18n, 't'>, points: readonly Point[]) =>
  points
    .filter((point) => point.attributes.seriesBreak)
    .map((point) => `; ${t('seriesBreak')} ${point.period}: ${point.attributes.seriesBreakReason ?? ''}`)
    .join('');
