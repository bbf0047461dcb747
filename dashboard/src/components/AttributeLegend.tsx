import type { ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n';
import { ERROR_BAR_COLOR } from './error-bars';
import { interval, isEstimate, type Notes, type ValueAttributes } from './value-attributes';
import { BREAK_COLOR, ESTIMATE_FILL, ESTIMATE_LINE, REPORTED_COLOR } from './value-styles';

const HATCH = [-14, -8, -2, 4, 10, 16, 22].map((x) => <line key={x} x1={x} y1={14} x2={x + 14} y2={0} stroke={ESTIMATE_LINE} strokeWidth={1} />);

const SWATCHES: Record<'bar' | 'point', Record<'reported' | 'estimate' | 'interval' | 'break', ReactNode>> = {
  bar: {
    reported: <rect width={28} height={14} fill={REPORTED_COLOR} />,
    estimate: (
      <>
        <rect width={28} height={14} fill={ESTIMATE_FILL} />
        {HATCH}
        <rect x={0.5} y={0.5} width={27} height={13} fill="none" stroke={ESTIMATE_LINE} />
      </>
    ),
    interval: <path d="M4 3v8M4 7h20M24 3v8" stroke={ERROR_BAR_COLOR} strokeWidth={1.5} fill="none" />,
    break: null,
  },
  point: {
    reported: <circle cx={14} cy={7} r={4} fill={REPORTED_COLOR} />,
    estimate: <circle cx={14} cy={7} r={4} fill="#fff" stroke={REPORTED_COLOR} strokeWidth={1.5} />,
    interval: <path d="M10 1h8M14 1v12M10 13h8" stroke={ERROR_BAR_COLOR} strokeWidth={1.5} fill="none" />,
    break: <path d="M14 0v14" stroke={BREAK_COLOR} strokeWidth={1.5} strokeDasharray="3 2" />,
  },
};

/** What the styles of a chart's values mean, for the styles its values use. */
export function AttributeLegend({ shape, values, notes }: { shape: 'bar' | 'point'; values: readonly (ValueAttributes | null | undefined)[]; notes: Notes }) {
  const { t } = useI18n();
  const used = {
    reported: values.some((attributes) => !isEstimate(attributes)),
    estimate: values.some(isEstimate),
    interval: values.some((attributes) => interval(attributes) !== null),
    break: shape === 'point' && values.some((attributes) => attributes?.seriesBreak),
  };
  if (!used.estimate && !used.interval && !used.break && notes.list.length === 0) return null;
  const item = (key: string, label: MessageKey, swatch: ReactNode) => (
    <li key={key} data-legend={key}>
      <svg width={28} height={14} aria-hidden="true">
        {swatch}
      </svg>{' '}
      {t(label)}
    </li>
  );
  return (
    <ul className="attribute-legend" aria-label={t('legend.title')} data-testid="attribute-legend">
      {used.reported && item('reported', 'legend.reported', SWATCHES[shape].reported)}
      {used.estimate && item('estimate', 'legend.estimate', SWATCHES[shape].estimate)}
      {used.interval && item('interval', 'legend.interval', SWATCHES[shape].interval)}
      {used.break && item('break', 'legend.break', SWATCHES[shape].break)}
      {notes.list.length > 0 &&
        item(
          'note',
          'legend.note',
          <text x={10} y={12} fontSize={12} fill="#1f2937">
            ¹
          </text>,
        )}
    </ul>
  );
}
