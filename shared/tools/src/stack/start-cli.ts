import { SERVICE_NAMES, loadSettings, type Settings } from '@ugf/runtime';
import { GATEWAY, SUBGRAPHS, manifestService, portVariable } from '@ugf/services';
import { stackDatabaseUrls } from './database-urls';
import { isPortFree } from './free-port';
import { launchStack, type StackService } from './launch-stack';
import { loadPublishedData } from './load-published';
import { printLine } from './print-line';
import { stopOnSignal } from './stop-on-signal';

/**
 * `npm start`: the whole system on this machine — the subgraphs of the manifest and the gateway, each its own process,
 * on SQLite in `data/` (or MySQL with MYSQL_URL), seeded, with the published data set imported, until Ctrl-C.
 */
const SERVICES: StackService[] = ['gateway', ...SERVICE_NAMES];

const portsOf = (settings: Settings) => Object.fromEntries([GATEWAY, ...SUBGRAPHS].map((service) => [service.name, settings[portVariable(service)]])) as Record<StackService, number>;

async function main(): Promise<void> {
  const settings = loadSettings();
  const ports = portsOf(settings);
  const taken: StackService[] = [];
  for (const service of SERVICES) if (!(await isPortFree(ports[service]))) taken.push(service);
  if (taken.length > 0) {
    for (const service of taken) {
      console.error(`Port ${ports[service]} (${service}) is already in use. Stop the process that holds it, or set ${portVariable(manifestService(service))} to a free port.`);
    }
    process.exit(1);
  }

  const urls = stackDatabaseUrls(settings);
  const folder = settings.DATA_DIR;
  console.log(`Starting the gateway and ${SERVICE_NAMES.length} subgraphs (${Object.keys(urls).length ? 'MySQL' : `SQLite in ${folder}`})…`);
  const stack = await launchStack({ ports, dataDir: folder, databaseUrls: urls, onLine: printLine });
  stopOnSignal('Stopping…', () => stack.stop());
  if (settings.PUBLISHED_DATA) console.log(await loadPublishedData(stack.gatewayUrl, settings));

  console.log(`\nUrban Governance Federation is running.\n  Gateway:   ${stack.gatewayUrl}`);
  console.log(`  Dashboard: ${new URL('/dashboard', stack.gatewayUrl).href}\n  GraphiQL:  ${new URL('/graphql', stack.gatewayUrl).href} (in a browser)`);
  for (const name of SERVICE_NAMES) console.log(`  ${name.padEnd(11)} ${stack.subgraphUrl(name)}`);
  console.log('Press Ctrl-C to stop.\n');
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
