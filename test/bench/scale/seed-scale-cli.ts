import { loadSettings } from '@ugf/runtime';
import { stackDatabaseUrls } from '@ugf/tools';
import { loadScaleData } from './load-scale-data';
import { parseScaleOptions } from './scale-options';

/**
 * `npm run seed:scale -- --cities 300 --indicators 200 --years 20 [--quarterly] [--cases-per-city 2]`:
 * loads the deterministic national-scale data set into the databases `npm start` uses (SQLite in data/,
 * or MySQL with MYSQL_URL / <NAME>_DATABASE_URL).
 */
async function main(): Promise<void> {
  const options = parseScaleOptions(process.argv.slice(2));
  const settings = loadSettings();
  const databaseUrls = stackDatabaseUrls(settings);
  const dataDir = settings.DATA_DIR;
  console.log(
    `Loading ${options.cities} cities x ${options.indicators} indicators x ${options.years} years${options.quarterly ? ' (quarterly)' : ''} into ${Object.keys(databaseUrls).length ? 'MySQL' : `SQLite in ${dataDir}`}…`,
  );
  const report = await loadScaleData(options, { databaseUrls, dataDir }, (message) => console.log(`  ${message}`));
  console.log(`Done in ${report.seconds.toFixed(1)} s: ${report.observations} observations generated (rows already present were kept).`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
