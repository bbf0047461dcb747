import { Alert, Switch } from 'antd';
import { useI18n } from './i18n';
import { useRouter } from './router';

/** The address bar's `samples=hidden` hides synthetic sample values on every page; they are shown by default, for the demo. */
const HIDDEN = 'hidden';

/** Whether the pages ask the API to count sample values (`includeSample`), as the address bar says before React starts. */
export function includeSampleIn(params: URLSearchParams): boolean {
  return params.get('samples') !== HIDDEN;
}

export function useIncludeSample(): boolean {
  return includeSampleIn(useRouter().params);
}

/** The header's switch: shows or hides sample values everywhere; the pages then count published values only. */
export function SampleSwitch() {
  const router = useRouter();
  const { t } = useI18n();
  return (
    <label className="sample-switch">
      <Switch size="small" checked={includeSampleIn(router.params)} onChange={(shown) => router.set({ samples: shown ? undefined : HIDDEN })} data-testid="sample-switch" />
      <span title={t('sample.switchHelp')}>{t('sample.switch')}</span>
    </label>
  );
}

/** What the pages say while sample values are hidden, so that an emptier page is not read as missing data. */
export function SamplesHiddenNote() {
  const { t } = useI18n();
  return useIncludeSample() ? null : <Alert type="info" showIcon message={t('sample.hidden')} style={{ marginBottom: 16 }} data-testid="samples-hidden" />;
}
