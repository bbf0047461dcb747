import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { BASE } from './router';

/** What the gateway serves at /dashboard/config.json when an identity provider is configured. */
export interface SignInConfig {
  authority: string;
  clientId: string;
  scope: string;
}

export interface SignIn {
  manager: UserManager;
  user: User | null;
  /** Why coming back from the provider failed (e.g. the sign-in was cancelled there). */
  error?: string;
}

async function loadSignInConfig(): Promise<SignInConfig | null> {
  const response = await fetch(`${BASE}/config.json`, { headers: { accept: 'application/json' } }).catch(() => undefined);
  if (!response?.ok) return null;
  const body = (await response.json().catch(() => ({}))) as { signIn?: SignInConfig | null };
  return body.signIn ?? null;
}

const CALLBACK_PARAMS = ['code', 'state', 'session_state', 'iss', 'error', 'error_description'];

/** Back from the provider: exchange the code (PKCE), then take the code and state out of the address bar. */
async function completeRedirect(manager: UserManager): Promise<User> {
  const params = new URLSearchParams(window.location.search);
  for (const name of CALLBACK_PARAMS) params.delete(name);
  const query = params.toString();
  try {
    return await manager.signinRedirectCallback();
  } finally {
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  }
}

async function startSignIn(): Promise<SignIn | null> {
  const config = await loadSignInConfig();
  if (!config) return null;
  const page = `${window.location.origin}${BASE}/submit`;
  const manager = new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    scope: config.scope,
    redirect_uri: page,
    response_type: 'code',
    // The tokens live as long as the tab, as a pasted token does; no silent renewal in a hidden frame.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
  });
  const params = new URLSearchParams(window.location.search);
  try {
    const user = params.has('state') && (params.has('code') || params.has('error')) ? await completeRedirect(manager) : await manager.getUser();
    return { manager, user: user && !user.expired ? user : null };
  } catch (error) {
    return { manager, user: null, error: error instanceof Error ? error.message : String(error) };
  }
}

let started: Promise<SignIn | null> | undefined;

/**
 * The sign-in through the identity provider (authorization code flow with PKCE), or null when the gateway
 * has none configured and a pasted token is used. Once per page load: a code can be exchanged only once.
 */
export function signIn(): Promise<SignIn | null> {
  started ??= startSignIn();
  return started;
}
