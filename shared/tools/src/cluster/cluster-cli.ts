import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSettings, SERVICE_NAMES } from '@ugf/runtime';
import { isPortFree } from '../stack/free-port';
import { printLine } from '../stack/print-line';
import { launchCluster } from './launch-cluster';
import { stopOnSignal } from '../stack/stop-on-signal';

const USAGE = `Starts the replicated topology on this machine: a 3-node MariaDB Galera cluster, Redis, N replicas
of each subgraph and N gateways behind HAProxy; prints the entry URL; Ctrl-C stops all of it.

  npm run cluster [-- --replicas <1..4>] [--port <entry port>] [--db-port <first of 3 ports>] [--fresh]

  --replicas   replicas of each subgraph and of the gateway (default 2)
  --port       HAProxy's entry port in front of the gateways (default 4080)
  --db-port    MySQL port of the first Galera node; the others take the next two (default 3311)
  --fresh      delete the cluster's data (in $DATA_DIR/cluster) and start from a new, seeded one

Needs Debian's mariadb-server, galera-4, haproxy, redis-server and rsync. Tokens: npm run token.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      replicas: { type: 'string', default: '2' },
      port: { type: 'string', default: '4080' },
      'db-port': { type: 'string', default: '3311' },
      fresh: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const replicas = Number(values.replicas);
  const entryPort = Number(values.port);
  const firstDbPort = Number(values['db-port']);
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 4) throw new Error(`--replicas must be 1 to 4.\n\n${USAGE}`);
  for (const port of [entryPort, firstDbPort, firstDbPort + 2]) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Ports must be 1 to 65535.\n\n${USAGE}`);
  }
  const databasePorts = [firstDbPort, firstDbPort + 1, firstDbPort + 2];
  for (const port of [entryPort, ...databasePorts]) {
    if (!(await isPortFree(port))) throw new Error(`Port ${port} is already in use; choose another with --port or --db-port.`);
  }

  const dir = path.join(loadSettings().DATA_DIR, 'cluster');
  if (values.fresh) fs.rmSync(dir, { recursive: true, force: true });
  const cluster = await launchCluster({ dir, replicas, entryPort, databasePorts, onLine: printLine, onStep: (message) => console.log(`== ${message}`) });

  console.log(`\nThe cluster is running.`);
  const lines: [string, string][] = [
    [`Entry (HAProxy, ${replicas} gateway(s))`, cluster.entryUrl],
    ['HAProxy statistics', cluster.statsUrl],
    ['Galera nodes (MySQL, user root)', cluster.nodes.map((node) => `127.0.0.1:${node.port}`).join(', ')],
    ['Databases through HAProxy', SERVICE_NAMES.map((name) => cluster.databaseUrl(name)).join(', ')],
    ['Redis', cluster.redisUrl],
    ['Data', dir],
  ];
  for (const [label, value] of lines) console.log(`  ${`${label}:`.padEnd(36)}${value}`);
  console.log('Tokens: npm run token -- --role city_editor --city shenzhen. Press Ctrl-C to stop.\n');

  stopOnSignal('Stopping (the database nodes one by one)…', () => cluster.stop());
}

main().catch((error: Error) => {
  console.error(error.message);
  if (/ENOENT/.test(error.message)) console.error('A program is missing: apt-get install -y mariadb-server galera-4 haproxy redis-server rsync');
  process.exit(1);
});
