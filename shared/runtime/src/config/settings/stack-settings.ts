import { GATEWAY, SUBGRAPHS, databaseUrlVariable, portVariable } from '@ugf/services';
import { databaseUrl, flag, port } from './setting-forms';
import { eachOf, section, setting } from './setting';

/** `npm start` and the tools that work on the same databases (`npm run seed:scale`). */
export const stackSettings = section('`npm start` (the whole system on this machine)', {
  ...eachOf(
    [GATEWAY, ...SUBGRAPHS],
    (service) => portVariable(service),
    (service) => setting(port, { description: `port of the ${service.name === GATEWAY.name ? 'gateway' : `${service.name} subgraph`}`, default: service.port }),
  ),
  MYSQL_URL: setting(databaseUrl, {
    description: 'run every subgraph on this MySQL/MariaDB server; the databases `ugf_<subgraph>` are created if missing',
    unset: 'SQLite in `DATA_DIR`',
    example: 'mariadb://root@127.0.0.1:3306',
  }),
  PUBLISHED_DATA: setting(flag, {
    description: 'once the system is up, import the published data set (`seeds/published/observations.csv`) through the gateway as the development admin `published-data`, as `npm run import` would',
    default: true,
  }),
  ...eachOf(
    SUBGRAPHS,
    (subgraph) => databaseUrlVariable(subgraph),
    (subgraph) =>
      setting(databaseUrl, {
        description: `the ${subgraph.name} subgraph's database (instead of the one on \`MYSQL_URL\`)`,
        unset: `\`$MYSQL_URL/${subgraph.database}\``,
        example: `mysql://user:pw@host:3306/${subgraph.database}`,
      }),
  ),
});
