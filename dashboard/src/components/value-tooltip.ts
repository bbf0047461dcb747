import { escapeHtml, interval, natureKey, type Notes, type ValueAttributes } from './value-attributes';
import type { useI18n } from '../i18n';

type I18n = Pick<ReturnType<typeof useI18n>, 't' | 'number'>;

/** "82.1 (79.8–84.4)": the value and, when it has one, its interval. */
export function valueText({ number }: Pick<I18n, 'number'>, value: number | null | undefined, attributes: ValueAttributes | null | undefined): string {
  const bounds = interval(attributes);
  return bounds ? `${number(value)} (${number(bounds.lower)}–${number(bounds.upper)})` : number(value);
}

/** A tooltip's HTML for one value: heading, value with interval and unit, nature, and the value's notes in full. */
export function valueTooltip(
  i18n: I18n,
  {
    heading,
    value,
    unit,
    attributes,
    marks,
    notes,
  }: { heading: string; value: number | null | undefined; unit: string; attributes: ValueAttributes | null | undefined; marks: readonly number[]; notes: Notes },
): string {
  const lines = [
    `<strong>${escapeHtml(heading)}</strong>`,
    escapeHtml(`${valueText(i18n, value, attributes)} ${unit}`.trim()),
    `${escapeHtml(i18n.t('nature'))}: ${escapeHtml(i18n.t(natureKey(attributes)))}`,
  ];
  for (const mark of marks) {
    const note = notes.list[mark - 1];
    lines.push(`<sup>${mark}</sup> ${note.seriesBreak ? `${escapeHtml(i18n.t('seriesBreak'))}: ` : ''}${escapeHtml(note.text)}`);
  }
  return lines.join('<br/>');
}

/** Tooltips wrap long notes instead of running off the chart. */
export const TOOLTIP_STYLE = 'max-width: 320px; white-space: normal;';
