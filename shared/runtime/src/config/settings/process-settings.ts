import path from 'node:path';
import { repoRoot } from '../paths';
import { GATEWAY, PRODUCTION_METRICS_PORT, SUBGRAPHS } from '@ugf/services';
import { commaList, filePath, oneOf, port, text } from './setting-forms';
import { section, setting } from './setting';

const ownPorts = [GATEWAY, ...SUBGRAPHS].map((service) => `${service.name} ${service.port}`).join(', ');

export const processSettings = section('Every process', {
  NODE_ENV: setting(text, {
    description: '`production` makes every service require a public token key or identity provider, the issuer and audience, and `SUBGRAPH_SECRET`',
    unset: 'development',
    example: 'production',
  }),
  HOST: setting(text, { description: 'address a service listens on', default: '0.0.0.0' }),
  PORT: setting(port, { description: 'port a single service listens on', unset: `its own: ${ownPorts}`, example: '4001' }),
  LOG_LEVEL: setting(oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), { description: 'pino log level', default: 'info' }),
  DATA_DIR: setting(filePath, {
    description: 'folder of the SQLite files (`<subgraph>.sqlite`) and of the development secrets',
    default: path.join(repoRoot, 'data'),
    shown: '`data/` in the repository',
    example: './data',
  }),
  METRICS_PORT: setting(port, {
    description: 'port of `/metrics`, of its own; in production never the public port',
    unset: `development: the service's own port; production: ${PRODUCTION_METRICS_PORT}`,
    example: String(PRODUCTION_METRICS_PORT),
  }),
  METRICS_HOST: setting(text, { description: 'address `/metrics` listens on when it has a port of its own', default: '0.0.0.0' }),
  METRICS_OPERATION_NAMES: setting(commaList('operation names separated by commas', { pattern: /^[A-Za-z_][A-Za-z0-9_]{0,63}$/, problem: 'must be operation names separated by commas' }), {
    description: "operation names counted by name in the metrics besides the project's own clients' (others count as `other`)",
    default: [],
    shown: 'none',
    example: 'MyReport,MyDashboard',
  }),
});
