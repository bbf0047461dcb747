import path from 'node:path';
import { findFreePort, ServiceProcess, type RunningStack } from '@ugf/tools';
import { repoRoot, SERVICE_NAMES, subgraphUrlVariable } from '@ugf/runtime';

/**
 * A second instance of our gateway in front of the stack's subgraphs, with extra settings (e.g. the response cache
 * on), on this process's Node.js or on the `node` binary given.
 */
export async function startOurGateway(stack: RunningStack, env: NodeJS.ProcessEnv, name: string, node?: string): Promise<{ url: string; process: ServiceProcess }> {
  const port = await findFreePort();
  const gatewayEnv: NodeJS.ProcessEnv = { ...env, PORT: String(port) };
  for (const service of SERVICE_NAMES) gatewayEnv[subgraphUrlVariable(service)] = stack.subgraphUrl(service);
  const child = new ServiceProcess({ name, entry: path.join(repoRoot, 'gateway', 'dist', 'main.js'), node, env: gatewayEnv, healthUrl: `http://127.0.0.1:${port}/health` });
  await child.waitUntilHealthy(60_000);
  return { url: `http://127.0.0.1:${port}/`, process: child };
}
