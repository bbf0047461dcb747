import { z } from 'zod';
import { filePath, httpUrl, readBy, text, wholeNumber, type SettingForm } from './setting-forms';
import { section, setting } from './setting';

/** A working day: long enough for a session of data entry, short enough that a leaked token does not last. */
export const DEFAULT_MAX_TOKEN_AGE = '8h';

const DEV_SECRET = 'development: generated in `$DATA_DIR/dev-secrets.json`';

/** A PEM text in one line, with `\n` for its line breaks. */
const pemText: SettingForm<string> = {
  schema: z.string().transform((value) => value.replace(/\\n/g, '\n')),
  allowed: 'PEM text (`\\n` for each line break)',
  show: (value) => value.replace(/\n/g, '\\n'),
};

/** Seconds, or a duration such as `30m`, `8h`, `1d` (jose reads it). */
const tokenAge = readBy<number | string>(
  (value) => (/^\d+$/.test(value) ? Number(value) : /^\d+(s|m|h|d)$/.test(value) ? value : undefined),
  'must be a number of seconds, or of minutes, hours or days such as 30m, 8h, 1d',
  'seconds, or a duration such as `30m`, `8h`, `1d`',
);

export const authSettings = section('Authentication (every process)', {
  JWT_SECRET: setting(text, { description: 'development only: the HS256 secret of tokens', unset: DEV_SECRET }),
  JWT_PUBLIC_KEY: setting(pemText, { description: 'production: the RS256/ES256 public key of tokens', example: '"-----BEGIN PUBLIC KEY-----\\n...\\n-----END PUBLIC KEY-----"' }),
  JWT_PUBLIC_KEY_FILE: setting(filePath, { description: 'production: the public key in a file (PEM)', example: '/run/secrets/jwt-public.pem' }),
  JWT_JWKS_FILE: setting(filePath, { description: 'production: a JSON Web Key Set in a file', example: '/run/secrets/jwks.json' }),
  OIDC_ISSUER_URL: setting(httpUrl, {
    description: 'identity provider: the token keys come from its discovery document, fetched and refreshed while running (`https://` in production; docs/identity-provider.md)',
    example: 'https://id.example.gov.cn/realms/ugf',
  }),
  OIDC_JWKS_MAX_AGE: setting(wholeNumber(0, 86_400), { description: 'seconds a fetched key set is used before it is fetched again (bounds how long a removed key is still accepted)', default: 600 }),
  OIDC_JWKS_COOLDOWN: setting(wholeNumber(0, 3_600), { description: 'least seconds between two fetches of the key set', default: 30 }),
  JWT_ISSUER: setting(text, { description: 'the issuer (`iss`) tokens must name; required in production', unset: '`OIDC_ISSUER_URL`', example: 'https://id.example.gov.cn/realms/ugf' }),
  JWT_AUDIENCE: setting(text, { description: 'the audience (`aud`) tokens must name; required in production', unset: 'any audience', example: 'urban-governance-federation' }),
  JWT_MAX_AGE: setting(tokenAge, {
    description: 'tokens issued (`iat`) longer ago are refused',
    unset: `\`${DEFAULT_MAX_TOKEN_AGE}\` in production or with \`OIDC_ISSUER_URL\`, else no limit`,
    example: DEFAULT_MAX_TOKEN_AGE,
  }),
  JWT_ROLE_CLAIM: setting(text, { description: 'claim with the role; a dotted name reaches inside an object, e.g. `realm_access.roles`', default: 'role' }),
  JWT_CITY_CLAIM: setting(text, { description: "claim with a city editor's city", default: 'city' }),
  SUBGRAPH_SECRET: setting(text, {
    description: 'sent by the gateway in `x-subgraph-secret`; a subgraph answers GraphQL only with it (the same everywhere, 32+ characters in production)',
    unset: DEV_SECRET,
    example: 'replace-with-at-least-32-random-characters',
  }),
});
