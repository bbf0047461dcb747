import { execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { findFreePort, ServiceProcess } from '@ugf/tools';
import { repoRoot } from '@ugf/runtime';

const run = promisify(execFile);

describe('starting up', () => {
  it('starts the gateway while every subgraph is down, answers /health, and names the missing services', async () => {
    const [port, deadPort] = [await findFreePort(), await findFreePort()];
    const dead = `http://127.0.0.1:${deadPort}/graphql`;
    const gateway = new ServiceProcess({
      name: 'gateway',
      entry: path.join(repoRoot, 'gateway', 'dist', 'main.js'),
      env: {
        ...process.env,
        JWT_SECRET: 'test-secret',
        SUBGRAPH_SECRET: 'test-subgraph-secret',
        PORT: String(port),
        CITIES_URL: dead,
        INITIATIVES_URL: dead,
        INDICATORS_URL: dead,
        CASES_URL: dead,
        LOG_LEVEL: 'warn',
      },
      healthUrl: `http://127.0.0.1:${port}/health`,
    });
    try {
      await gateway.waitUntilHealthy(30_000);
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ cities { id } }' }),
      });
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', service: 'cities', requestId: response.headers.get('x-request-id') });
    } finally {
      await gateway.stop();
    }
  }, 60_000);

  it('npm start refuses a taken port with a message that says which service and variable', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '0.0.0.0', resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    const env: NodeJS.ProcessEnv = { ...process.env, GATEWAY_PORT: String(taken) };
    for (const name of ['CITIES', 'INITIATIVES', 'INDICATORS', 'CASES']) env[`${name}_PORT`] = String(await findFreePort());
    try {
      const outcome = await run(process.execPath, [path.join(repoRoot, 'shared', 'tools', 'dist', 'stack', 'start-cli.js')], { env }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toContain(`Port ${taken} (gateway) is already in use`);
      expect(outcome.stderr).toContain('GATEWAY_PORT');
    } finally {
      blocker.close();
    }
  }, 30_000);

  it('refuses to start with a malformed setting, naming it', async () => {
    const port = await findFreePort();
    const gateway = new ServiceProcess({
      name: 'gateway',
      entry: path.join(repoRoot, 'gateway', 'dist', 'main.js'),
      env: { ...process.env, JWT_SECRET: 'test-secret', SUBGRAPH_SECRET: 'test-subgraph-secret', PORT: String(port), MAX_DEPTH: 'deep', CITIES_URL: 'cities:4001' },
      healthUrl: `http://127.0.0.1:${port}/health`,
    });
    await expect(gateway.waitUntilHealthy(20_000)).rejects.toThrow(/MAX_DEPTH: must be a whole number[\s\S]*CITIES_URL: must be a URL/);
  }, 30_000);
});
