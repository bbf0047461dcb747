import { useI18n } from '../i18n';
import { useLastChange } from '../live-updates';

/** Says, once data has changed while the page was open, that the page has refreshed what it shows. */
export function LiveStatus() {
  const { t, lang } = useI18n();
  const change = useLastChange();
  const time = change ? new Date(change.at).toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB') : '';
  return (
    <span role="status" className="live-status" data-testid="live-status">
      {change ? t('dataUpdated', { time }) : ''}
    </span>
  );
}
