import { Input } from 'antd';
import { tokenClaims } from '../csv';
import { useI18n } from '../i18n';
import { Field } from '../pages/common';

/** The token box of a page that writes, with whom the pasted token names. */
export function TokenField({ value, onChange, help }: { value: string; onChange: (token: string) => void; help: string }) {
  const { t } = useI18n();
  const claims = value.trim() ? tokenClaims(value.trim()) : null;
  return (
    <>
      <div className="filters">
        <Field label={t('token')} width={420}>
          <Input.Password aria-label={t('token')} value={value} onChange={(event) => onChange(event.target.value)} placeholder="eyJ…" data-testid="token-input" autoComplete="off" />
        </Field>
        <span style={{ fontSize: 13 }} data-testid="token-claims">
          {value && (claims ? `${t('tokenFor')}: ${claims.sub ?? '?'} (${claims.role ?? '?'}${claims.city ? `, ${claims.city}` : ''})` : t('tokenInvalid'))}
        </span>
      </div>
      <p style={{ fontSize: 13, marginTop: -8 }}>{help}</p>
    </>
  );
}
