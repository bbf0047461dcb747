import fs from 'node:fs';
import path from 'node:path';
import { ServiceProcess } from '../stack/service-process';
import { haproxyConfig, type HaproxyLayout } from './haproxy-config';

const HAPROXY = process.env.HAPROXY ?? '/usr/sbin/haproxy';

/** Each proxy and server of the stats page with its state: `UP`, `DOWN`, `OPEN`, `no check`, … */
export type HaproxyStatus = { proxy: string; server: string; status: string }[];

/** Writes haproxy.cfg into `dir` and runs HAProxy in the foreground (`-db`) on it. */
export async function startHaproxy(layout: HaproxyLayout, dir: string, onLine?: (name: string, line: string) => void) {
  const configFile = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(configFile, haproxyConfig(layout));
  const statsUrl = `http://127.0.0.1:${layout.statsPort}/`;
  const child = new ServiceProcess({
    name: 'haproxy',
    command: { file: HAPROXY, args: ['-db', '-f', configFile] },
    env: process.env,
    healthUrl: `${statsUrl}alive`,
    onLine,
  });
  await child.waitUntilHealthy(20_000);
  return {
    process: child,
    statsUrl,
    /** The state of every server as HAProxy's health checks see it now. */
    async status(): Promise<HaproxyStatus> {
      const csv = await (await fetch(`${statsUrl};csv`)).text();
      return csv
        .split('\n')
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => line.split(','))
        .filter(([, server]) => server !== 'FRONTEND' && server !== 'BACKEND')
        .map(([proxy, server, ...rest]) => ({ proxy, server, status: rest[15] }));
    },
  };
}
