import { envString, SERVICE_NAMES, type ServiceName } from '@ugf/runtime';
import { databaseUrlVariable, manifestSubgraph } from '@ugf/services';

/**
 * The database of each subgraph for `npm start` and the tools that work on the same data: `<NAME>_DATABASE_URL`,
 * else `MYSQL_URL/<its database in the manifest>`; a subgraph with neither uses SQLite in the data folder.
 */
export function stackDatabaseUrls(env: NodeJS.ProcessEnv = process.env): Partial<Record<ServiceName, string>> {
  const mysqlServer = envString(env, 'MYSQL_URL')?.replace(/\/+$/, '');
  const urls: Partial<Record<ServiceName, string>> = {};
  for (const name of SERVICE_NAMES) {
    const subgraph = manifestSubgraph(name);
    const url = envString(env, databaseUrlVariable(subgraph)) ?? (mysqlServer ? `${mysqlServer}/${subgraph.database}` : undefined);
    if (url) urls[name] = url;
  }
  return urls;
}
