import path from 'node:path';
import { findFreePort, ServiceProcess, type RunningStack } from '@ugf/tools';
import { repoRoot, SERVICE_NAMES, subgraphUrlVariable } from '@ugf/runtime';

export const grafbaseConfigPath = path.join(repoRoot, 'deploy', 'grafbase', 'grafbase.toml');
/** The static linux-x64 binary of the pinned @grafbase/cli-x86_64-unknown-linux-musl dev dependency. */
export const grafbaseBinary = path.join(repoRoot, 'node_modules', '@grafbase', 'cli-x86_64-unknown-linux-musl', 'grafbase');

export interface RunningGrafbaseGateway {
  url: string;
  process: ServiceProcess;
  stop(): Promise<void>;
}

/**
 * Grafbase's gateway (`grafbase dev`), as an operator would run it, with `deploy/grafbase/grafbase.toml` in
 * front of a running stack's subgraphs, on a free port. It composes the graph from gateway/subgraphs/ itself.
 */
export async function startGrafbaseGateway(stack: RunningStack, subgraphSecret: string, env: NodeJS.ProcessEnv = {}): Promise<RunningGrafbaseGateway> {
  const port = await findFreePort();
  const subgraphUrls = Object.fromEntries(SERVICE_NAMES.map((name) => [subgraphUrlVariable(name), stack.subgraphUrl(name)]));
  const child = new ServiceProcess({
    name: 'grafbase',
    command: { file: grafbaseBinary, args: ['dev', '--config', grafbaseConfigPath, '--port', String(port)] },
    env: { ...process.env, NO_COLOR: '1', ...subgraphUrls, SUBGRAPH_SECRET: subgraphSecret, CORS_ORIGIN: 'http://localhost:3000', ...env },
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
