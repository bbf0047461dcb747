import { useMemo } from 'react';
import { useI18n } from '../i18n';
import { AttributeLegend } from './AttributeLegend';
import { Chart } from './Chart';
import { errorBarSeries } from './error-bars';
import { interval, isEstimate, superscript, type Notes, type ValueAttributes } from './value-attributes';
import { ESTIMATE_BAR_STYLE, REPORTED_COLOR } from './value-styles';
import { TOOLTIP_STYLE, valueTooltip } from './value-tooltip';

export interface RankingRow {
  label: string;
  value: number | null;
  attributes: ValueAttributes;
}

/** Horizontal bars of a ranking: estimated or modelled values hatched, intervals as whiskers, note marks after the value; its legend below. */
export function RankingChart({ rows, notes, unit, height, label, testId }: { rows: readonly RankingRow[]; notes: Notes; unit: string; height: number; label: string; testId?: string }) {
  const i18n = useI18n();
  const { number } = i18n;
  const option = useMemo(() => {
    const intervals = rows.map((row) => interval(row.attributes));
    const texts = rows.map((row, index) => `${number(row.value)}${superscript(notes.marks[index])}`);
    return {
      tooltip: {
        trigger: 'axis',
        extraCssText: TOOLTIP_STYLE,
        formatter: (params: { dataIndex: number; seriesType: string }[]) => {
          const index = params.find((param) => param.seriesType !== 'custom')?.dataIndex ?? 0;
          const row = rows[index];
          return valueTooltip(i18n, { heading: row.label, value: row.value, unit, attributes: row.attributes, marks: notes.marks[index], notes });
        },
      },
      grid: { left: 90, right: 70, top: 10, bottom: 30 },
      xAxis: { type: 'value', name: unit },
      yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.label) },
      series: [
        {
          type: 'bar',
          data: rows.map((row, index) => ({
            value: row.value,
            itemStyle: isEstimate(row.attributes) ? ESTIMATE_BAR_STYLE : { color: REPORTED_COLOR },
            // With an interval, the whisker's series writes the text beyond the upper cap.
            label: { show: !intervals[index], formatter: texts[index] },
          })),
          label: { position: 'right' },
        },
        errorBarSeries({ intervals, horizontal: true, texts }),
      ],
    };
  }, [rows, notes, unit, i18n, number]);
  return (
    <>
      <Chart option={option} height={height} label={label} testId={testId} />
      <AttributeLegend shape="bar" values={rows.map((row) => row.attributes)} notes={notes} />
    </>
  );
}
