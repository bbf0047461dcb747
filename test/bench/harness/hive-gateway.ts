import path from 'node:path';
import { DEFAULT_SUPERGRAPH_PATH } from '@ugf/gateway';
import { findFreePort, ServiceProcess, SERVICE_NAMES, subgraphUrlVariable, type RunningStack } from '@ugf/shared';

export interface HiveGateway {
  url: string;
  process: ServiceProcess;
}

const configPath = path.resolve(__dirname, '../../hive/gateway.config.mjs');
const bin = require.resolve('@graphql-hive/gateway/package.json').replace(/package\.json$/, 'dist/bin.js');

/**
 * Hive Gateway in front of the same subgraphs on the same committed supergraph file, as it comes, or with
 * its Rust query planner and executor (`--hive-router-runtime`).
 */
export async function startHiveGateway(stack: RunningStack, subgraphSecret: string, rustRuntime: boolean): Promise<HiveGateway> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', SUPERGRAPH_PATH: DEFAULT_SUPERGRAPH_PATH, SUBGRAPH_SECRET: subgraphSecret };
  for (const name of SERVICE_NAMES) env[subgraphUrlVariable(name)] = stack.subgraphUrl(name);
  const child = new ServiceProcess({
    name: rustRuntime ? 'hive-rust' : 'hive',
    entry: bin,
    args: ['supergraph', DEFAULT_SUPERGRAPH_PATH, '--config-path', configPath, '--port', String(port), '--host', '127.0.0.1', ...(rustRuntime ? ['--hive-router-runtime'] : [])],
    env,
    healthUrl: `http://127.0.0.1:${port}/healthcheck`,
  });
  await child.waitUntilHealthy(60_000);
  return { url: `http://127.0.0.1:${port}/graphql`, process: child };
}
