import { Button, Space } from 'antd';
import { citeUrl } from '../gateway-urls';
import { useI18n } from '../i18n';

export interface DownloadLink {
  /** The format's name, as a reader knows it: CSV, SDMX-CSV, JSON-stat. */
  label: string;
  href: string;
  /** Why the link cannot be used for this selection. */
  disabledReason?: string;
  testId?: string;
}

/** Links to the files of what a table or chart shows, and a citation of the first (BibTeX, RIS). */
export function Downloads({ links, testId }: { links: DownloadLink[]; testId: string }) {
  const { t } = useI18n();
  const cited = links.find((link) => !link.disabledReason);
  return (
    <Space wrap size={4} aria-label={t('downloads')} role="group" data-testid={testId}>
      {links.map((link) => (
        <Button key={link.label} size="small" href={link.disabledReason ? undefined : link.href} download disabled={!!link.disabledReason} title={link.disabledReason} data-testid={link.testId}>
          {link.label}
        </Button>
      ))}
      {cited && (
        <>
          <Button size="small" href={citeUrl(cited.href, 'bibtex')} download title={t('citeThis')}>
            {`${t('citeThis')} (BibTeX)`}
          </Button>
          <Button size="small" href={citeUrl(cited.href, 'ris')} download title={t('citeThis')}>
            RIS
          </Button>
        </>
      )}
    </Space>
  );
}
