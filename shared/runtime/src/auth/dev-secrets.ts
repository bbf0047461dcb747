import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface DevSecrets {
  jwtSecret: string;
  subgraphSecret: string;
}

/**
 * Development only: the JWT signing secret and the subgraph secret, generated on first use and kept in
 * `<data>/dev-secrets.json` (readable by the owner only), so that `npm start` and `npm run token` agree
 * with no set-up. Production never reads this file.
 */
export function loadDevSecrets(dataDir: string): DevSecrets {
  const file = path.join(dataDir, 'dev-secrets.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as DevSecrets;
  const secrets: DevSecrets = { jwtSecret: randomBytes(32).toString('hex'), subgraphSecret: randomBytes(32).toString('hex') };
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return JSON.parse(fs.readFileSync(file, 'utf8')) as DevSecrets;
    throw error;
  }
  return secrets;
}
