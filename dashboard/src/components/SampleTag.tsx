import { useI18n } from '../i18n';
import { ColorTag } from './ColorTag';

/** Marks a synthetic sample value, so that it is never read as a statistic of the city. */
export function SampleTag() {
  const { t } = useI18n();
  return (
    <span data-testid="sample-tag" title={t('sample.help')}>
      <ColorTag tone="neutral">{t('sample.tag')}</ColorTag>
    </span>
  );
}

/** Under a table with sample values: what the tag means. */
export function SampleLegend() {
  const { t } = useI18n();
  return (
    <p className="sample-legend" data-testid="sample-legend">
      <SampleTag /> {t('sample.help')}
    </p>
  );
}

/** Above figures computed from values and targets that include the demo's samples (the API's `includesSample`). */
export function SampleCountedNote() {
  const { t } = useI18n();
  return (
    <p className="sample-legend" data-testid="sample-counted">
      <SampleTag /> {t('sample.counted')}
    </p>
  );
}
