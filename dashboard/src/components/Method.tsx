import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

/** The method behind the figures next to it. */
export function Method({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Typography.Paragraph type="secondary" className="method" style={{ fontSize: 13, marginTop: 8 }}>
      <strong>{t('methods')}:</strong> {children}
    </Typography.Paragraph>
  );
}
