import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { galeraConfig, GaleraNode, haproxyConfig, type GaleraNodeLayout } from '@ugf/tools';

const nodes: GaleraNodeLayout[] = [0, 1, 2].map((index) => ({
  index,
  dir: `/tmp/cluster/node${index + 1}`,
  port: 3311 + index,
  groupPort: 4567 + 10 * index,
  istPort: 4568 + 10 * index,
  sstPort: 4569 + 10 * index,
}));

/** `key=value` lines of an option file. */
const options = (text: string) =>
  new Map(
    text
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

describe('the local Galera cluster configuration', () => {
  it('gives each node its own folder, ports and name, and the same member list', () => {
    const configs = nodes.map((node) => options(galeraConfig(node, { name: 'test', members: nodes })));
    expect(new Set(configs.map((config) => config.get('datadir'))).size).toBe(3);
    expect(new Set(configs.map((config) => config.get('socket'))).size).toBe(3);
    expect(configs.map((config) => config.get('port'))).toEqual(['3311', '3312', '3313']);
    expect(new Set(configs.map((config) => config.get('wsrep_cluster_address')))).toEqual(new Set(['gcomm://127.0.0.1:4567,127.0.0.1:4577,127.0.0.1:4587']));
    expect(configs[1].get('wsrep_provider_options')).toBe('"gmcast.listen_addr=tcp://127.0.0.1:4577;ist.recv_addr=127.0.0.1:4578;gcache.size=64M"');
    expect(configs[1].get('wsrep_sst_receive_address')).toBe('127.0.0.1:4579');
  });

  it('asks Galera to report tables without a primary key, reads causally, and runs as the given user only when asked', () => {
    const config = options(galeraConfig(nodes[0], { name: 'test', members: nodes, runAs: 'mysql' }));
    expect(config.get('wsrep_mode')).toContain('REQUIRED_PRIMARY_KEY');
    expect(config.get('wsrep_sync_wait')).toBe('1');
    expect(config.get('user')).toBe('mysql');
    expect(options(galeraConfig(nodes[0], { name: 'test', members: nodes })).has('user')).toBe(false);
  });
});

describe('the local cluster HAProxy configuration', () => {
  const config = haproxyConfig({
    entryPort: 4080,
    statsPort: 9000,
    gateways: [
      { name: 'gateway-1', port: 5001 },
      { name: 'gateway-2', port: 5002 },
    ],
    subgraphs: [{ name: 'cities', port: 6001, replicas: [{ name: 'cities-1', port: 7001 }] }],
    database: { port: 3400, nodes: nodes.map((node, index) => ({ name: `db-node${index + 1}`, port: node.port, checkPort: 8000 + index })) },
  });
  const section = (name: string) => config.split('\n\n').find((block) => block.startsWith(`listen ${name}\n`)) ?? '';

  it('health-checks every gateway and subgraph replica on /ready', () => {
    expect(section('gateway')).toContain('bind 127.0.0.1:4080');
    expect(section('gateway')).toContain('option httpchk GET /ready');
    expect(section('gateway').match(/^ {2}server /gm)).toHaveLength(2);
    expect(section('subgraph_cities')).toContain('server cities-1 127.0.0.1:7001 check');
  });

  it('checks each database node on its own check port and closes the sessions of a node that goes down', () => {
    const galera = section('galera');
    expect(galera).toContain('mode tcp');
    expect(galera).toContain('on-marked-down shutdown-sessions');
    expect(galera).toContain('server db-node2 127.0.0.1:3312 check port 8001');
  });
});

describe('bootstrapping the local Galera cluster from existing data', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });
  const nodeIn = (dir: string) => new GaleraNode({ ...nodes[0], dir }, { name: 'test', members: nodes });
  const withState = (state: string | undefined) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-galera-'));
    dirs.push(dir);
    if (state !== undefined) {
      fs.mkdirSync(path.join(dir, 'data'));
      fs.writeFileSync(path.join(dir, 'data', 'grastate.dat'), `# GALERA saved state\nversion: 2.1\nuuid: 0b4d1f3c-0000-0000-0000-000000000000\nseqno: 46\n${state}\n`);
    }
    return dir;
  };

  it('may start a new cluster, or one whose last node stopped cleanly here', () => {
    expect(nodeIn(withState(undefined)).canBootstrap()).toBe(true);
    expect(nodeIn(withState('safe_to_bootstrap: 1')).canBootstrap()).toBe(true);
  });

  it('refuses a node that was not the last one of a cleanly stopped cluster', () => {
    expect(nodeIn(withState('safe_to_bootstrap: 0')).canBootstrap()).toBe(false);
  });
});
