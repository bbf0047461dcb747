import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { findFreePort, PortAllocator, ServiceProcess } from '@ugf/tools';

describe('a service process', () => {
  it('rejects, naming the program, when it cannot be started at all', async () => {
    const child = new ServiceProcess({ name: 'proxy', command: { file: '/nonexistent/haproxy', args: [] }, env: process.env, probe: async () => false });
    await expect(child.waitUntilHealthy(5_000)).rejects.toThrow(/could not start \/nonexistent\/haproxy: .*ENOENT/);
    expect(child.running).toBe(false);
  });

  it('is healthy once its probe says so, and dies at once when killed', async () => {
    const child = new ServiceProcess({ name: 'sleeper', command: { file: process.execPath, args: ['-e', 'setInterval(() => {}, 1000)'] }, env: process.env, probe: async () => true });
    await child.waitUntilHealthy(5_000);
    expect(child.running).toBe(true);
    await child.kill();
    expect(child.running).toBe(false);
  });

  it('is not fooled by another process answering on its port: a health answer must carry its own pid', async () => {
    const squatter = http.createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ status: 'ok', pid: process.pid })));
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const { port } = squatter.address() as AddressInfo;
    // It serves the same /health the services do, from the child's own pid, on a port of its own.
    const script = `const s = require('node:http').createServer((q, r) => r.end(JSON.stringify({ status: 'ok', pid: process.pid }))); s.listen(Number(process.argv[1]), '127.0.0.1');`;
    // `late` has not begun to listen when the squatter already answers on the port it was given.
    const late = new ServiceProcess({ name: 'late', command: { file: process.execPath, args: ['-e', 'setInterval(() => {}, 1000)'] }, env: process.env, healthUrl: `http://127.0.0.1:${port}/health` });
    const own = await findFreePort();
    const genuine = new ServiceProcess({ name: 'own', command: { file: process.execPath, args: ['-e', script, String(own)] }, env: process.env, healthUrl: `http://127.0.0.1:${own}/health` });
    try {
      await expect(late.waitUntilHealthy(1_500)).rejects.toThrow(/late was not healthy after 1500 ms/);
      await genuine.waitUntilHealthy(5_000);
    } finally {
      await late.kill();
      await genuine.kill();
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});

describe('free ports', () => {
  it('come from the block of this jest worker, below the ephemeral range of the OS, and skip a port something listens on', async () => {
    const blockStart = 20_000 + (Number(process.env.JEST_WORKER_ID) % 12) * 1_000;
    const held = await findFreePort();
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(held, '0.0.0.0', resolve));
    try {
      // A whole round of the block comes back to the held port, which must be passed over.
      const handed = [];
      for (let index = 0; index < 1_000; index += 1) handed.push(await findFreePort());
      expect(handed).not.toContain(held);
      for (const port of [held, ...handed]) {
        expect(port).toBeGreaterThanOrEqual(blockStart);
        expect(port).toBeLessThan(blockStart + 1_000);
      }
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});

describe('a port allocator', () => {
  it('never hands out the same port twice, though the OS may name one again before anything listens on it', async () => {
    const offered = [4100, 4100, 4200, 4100, 4300];
    const allocator = new PortAllocator(async () => offered.shift() as number);
    expect(await allocator.port(4200)).toBe(4200);
    expect([await allocator.port(), await allocator.port()]).toEqual([4100, 4300]);
  });
});
