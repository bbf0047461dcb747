import net from 'node:net';
import { ServiceProcess } from '../stack/service-process';

const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

/** Whether a Redis server answers PING on this port. */
function redisAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.once('connect', () => socket.write('PING\r\n'));
  });
}

/** A Redis of the cluster's own, in memory only (the replicas' shared state is a cache, not a record). */
export async function startRedis(port: number, dir: string): Promise<{ url: string; process: ServiceProcess }> {
  const child = new ServiceProcess({
    name: 'redis',
    command: { file: REDIS_SERVER, args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir] },
    env: process.env,
    probe: () => redisAnswers(port),
  });
  await child.waitUntilHealthy(20_000);
  return { url: `redis://127.0.0.1:${port}`, process: child };
}
