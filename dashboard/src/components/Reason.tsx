import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import type { Why } from '../reasons';

/** Why a figure is not there, in its place: words instead of a dash. */
export function Reason({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <span className="reason" data-reason="" title={title}>
      {children}
    </span>
  );
}

/** A derived reason in the reader's language. */
export function ReasonFor({ why }: { why: Why }) {
  const { t } = useI18n();
  return <Reason>{t(why.key, why.values)}</Reason>;
}
