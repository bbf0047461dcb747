import { ServiceProcess } from '@ugf/shared';

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
});
