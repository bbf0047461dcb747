import path from 'node:path';
import { findFreePort, ServiceProcess, type RunningStack } from '@ugf/tools';
import { repoRoot, SERVICE_NAMES, subgraphUrlVariable } from '@ugf/runtime';
import { supergraphPath } from './supergraph-subgraphs';

export const hiveGatewayConfigPath = path.join(repoRoot, 'deploy', 'hive-gateway', 'gateway.config.ts');
const hiveCli = path.join(repoRoot, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');

export interface RunningHiveGateway {
  url: string;
  process: ServiceProcess;
  stop(): Promise<void>;
}

/**
 * Hive Gateway's own CLI, as an operator would run it, with `deploy/hive-gateway/gateway.config.ts` in front
 * of a running stack's subgraphs, on a free port.
 */
export async function startHiveGateway(stack: RunningStack, subgraphSecret: string, env: NodeJS.ProcessEnv = {}): Promise<RunningHiveGateway> {
  const port = await findFreePort();
  const subgraphUrls = Object.fromEntries(SERVICE_NAMES.map((name) => [subgraphUrlVariable(name), stack.subgraphUrl(name)]));
  const child = new ServiceProcess({
    name: 'hive-gateway',
    entry: hiveCli,
    args: ['supergraph', '--config-path', hiveGatewayConfigPath],
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...subgraphUrls, SUPERGRAPH_PATH: supergraphPath, SUBGRAPH_SECRET: subgraphSecret, PORT: String(port), ...env },
    healthUrl: `http://127.0.0.1:${port}/health`,
  });
  try {
    await child.waitUntilHealthy(60_000);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/graphql`, process: child, stop: () => child.stop() };
}
