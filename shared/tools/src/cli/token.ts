import { parseArgs } from 'node:util';
import { isProduction, loadAuthConfig, loadSettings, Role, ROLES, signDevToken } from '@ugf/runtime';

const USAGE = `Prints a development token that the system started by \`npm start\` accepts.

  npm run token -- --role <${ROLES.join('|')}> [--city <city id>] [--sub <subject>] [--expires <8h|30m|…>]

--city is required for city_editor. The token is signed with JWT_SECRET, or with the secret that
\`npm start\` generated in the data folder (DATA_DIR, default ./data).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      city: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const settings = loadSettings();
  if (isProduction(settings)) throw new Error('npm run token signs development tokens only; production tokens come from your identity provider.');
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}.\n\n${USAGE}`);
  if (role === Role.CITY_EDITOR && !values.city) throw new Error('A city_editor token needs --city, e.g. --city shenzhen.');
  const auth = loadAuthConfig(settings);
  if (auth.oidcIssuerUrl) throw new Error('OIDC_ISSUER_URL is set: the services accept only tokens of that identity provider. Unset it to use development tokens.');
  if (!auth.jwtSecret) throw new Error('No development secret: set JWT_SECRET or unset JWT_PUBLIC_KEY/JWT_JWKS_FILE.');
  const sub = values.sub ?? (values.city ? `${role}-${values.city}` : role);
  const token = await signDevToken(auth.jwtSecret, { sub, role, ...(values.city ? { city: values.city } : {}) }, values.expires);
  console.log(token);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 2;
});
