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

/** The tag followed by what it means here. */
function SampleNote({ message, testId }: { message: 'sample.help' | 'sample.counted'; testId: string }) {
  const { t } = useI18n();
  return (
    <p className="sample-legend" data-testid={testId}>
      <SampleTag /> {t(message)}
    </p>
  );
}

/** Under a table with sample values: what the tag means. */
export const SampleLegend = () => <SampleNote message="sample.help" testId="sample-legend" />;

/** Above figures computed from values and targets that include the demo's samples (the API's `includesSample`). */
export const SampleCountedNote = () => <SampleNote message="sample.counted" testId="sample-counted" />;
