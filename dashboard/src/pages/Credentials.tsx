import { Alert, Button } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { TokenField } from '../components/TokenField';
import { tokenClaims } from '../csv';
import { useI18n } from '../i18n';
import { signIn, type SignIn } from '../sign-in';

export interface Credentials {
  /** The bearer token to send; '' when there is none yet. */
  token: string;
  /** Whether the token comes from signing in through the identity provider (else it is pasted). */
  viaProvider: boolean;
  view: ReactNode;
}

function WhoAmI({ token }: { token: string }) {
  const { t } = useI18n();
  const claims = tokenClaims(token);
  return (
    <span style={{ fontSize: 13 }} data-testid="token-claims">
      {claims ? `${t('tokenFor')}: ${claims.sub ?? '?'} (${claims.role ?? '?'}${claims.city ? `, ${claims.city}` : ''})` : t('tokenInvalid')}
    </span>
  );
}

/**
 * Who submits: a sign-in through the identity provider when the gateway has one configured, otherwise a
 * pasted token (development, `npm run token`). Both stay in this browser tab only.
 */
export function useCredentials({ storageKey = 'ugf-dashboard-token', help }: { storageKey?: string; help?: string } = {}): Credentials {
  const { t } = useI18n();
  const [pasted, setPasted] = useState(() => sessionStorage.getItem(storageKey) ?? '');
  useEffect(() => sessionStorage.setItem(storageKey, pasted), [storageKey, pasted]);
  const [provider, setProvider] = useState<SignIn | null>();
  useEffect(() => {
    let live = true;
    // Never rejects: a failure of the identity provider comes back as the sign-in's `error`.
    void signIn().then((state) => live && setProvider(state));
    return () => {
      live = false;
    };
  }, []);

  if (provider === undefined) return { token: '', viaProvider: false, view: null };
  if (provider === null) {
    return {
      token: pasted.trim(),
      viaProvider: false,
      view: <TokenField value={pasted} onChange={setPasted} help={help ?? t('tokenHelp')} />,
    };
  }
  const { manager, user, error } = provider;
  const failed = (reason: unknown) => setProvider({ manager, user, error: reason instanceof Error ? reason.message : String(reason) });
  const signOut = () => manager.removeUser().then(() => setProvider({ manager, user: null }), failed);
  // Leaves the page for the provider; when that cannot start (its metadata unreachable), says why.
  const signInAtProvider = () => manager.signinRedirect().catch(failed);
  return {
    token: user?.access_token ?? '',
    viaProvider: true,
    view: (
      <>
        {error && <Alert type="error" showIcon role="alert" title={t('signInFailed')} description={error} style={{ marginBottom: 12 }} data-testid="sign-in-error" />}
        <div className="filters" style={{ alignItems: 'center' }}>
          {user ? (
            <>
              <WhoAmI token={user.access_token} />
              <Button onClick={() => void signOut()} data-testid="sign-out">
                {t('signOut')}
              </Button>
            </>
          ) : (
            <Button type="primary" onClick={() => void signInAtProvider()} data-testid="sign-in">
              {t('signIn')}
            </Button>
          )}
        </div>
        {!user && <p style={{ fontSize: 13 }}>{t('signInHelp')}</p>}
      </>
    ),
  };
}
