import { loadSettings, type ServiceName, type Settings } from '@ugf/runtime';
import { SUBGRAPHS, databaseUrlVariable } from '@ugf/services';

/**
 * The database of each subgraph for `npm start` and the tools that work on the same data: `<NAME>_DATABASE_URL`,
 * else `MYSQL_URL/<its database in the manifest>`; a subgraph with neither uses SQLite in the data folder.
 */
export function stackDatabaseUrls(settings: Settings = loadSettings()): Partial<Record<ServiceName, string>> {
  const mysqlServer = settings.MYSQL_URL?.replace(/\/+$/, '');
  const urls: Partial<Record<ServiceName, string>> = {};
  for (const subgraph of SUBGRAPHS) {
    const url = settings[databaseUrlVariable(subgraph)] ?? (mysqlServer ? `${mysqlServer}/${subgraph.database}` : undefined);
    if (url) urls[subgraph.name] = url;
  }
  return urls;
}
