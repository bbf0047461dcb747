import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_PORTS, repoRoot, SERVICE_NAMES, loadSettings } from '@ugf/runtime';
import { GATEWAY, SERVICES, SUBGRAPHS } from '@ugf/services';
import { supergraphSubgraphs } from '../helpers/supergraph-subgraphs';

const unique = (values: readonly unknown[]) => new Set(values).size === values.length;

describe('the service manifest (shared/services/src/manifest.ts)', () => {
  it.each(SERVICES.map((service) => [service.name, service]))('%s: its workspace folder holds its package and its entry point is in that folder', (_name, service) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, service.workspace, 'package.json'), 'utf8')) as { name: string };
    expect(manifest.name).toBe(service.package);
    expect(service.entry.startsWith(`${service.workspace}/`)).toBe(true);
  });

  it('gives every service its own name, port, package and variable prefix, and every subgraph its own database', () => {
    for (const field of ['name', 'port', 'package', 'workspace', 'envPrefix'] as const) expect(unique(SERVICES.map((service) => service[field]))).toBe(true);
    expect(unique(SUBGRAPHS.map((subgraph) => subgraph.database))).toBe(true);
  });

  it('is where the settings take the subgraph list, ports and variable names from', () => {
    expect(SERVICE_NAMES).toEqual(SUBGRAPHS.map((subgraph) => subgraph.name));
    expect(DEFAULT_PORTS).toEqual(Object.fromEntries([GATEWAY, ...SUBGRAPHS].map((service) => [service.name, service.port])));
    for (const subgraph of SUBGRAPHS) {
      expect(() => loadSettings({ [`${subgraph.envPrefix}_URL`]: 'not a url' })).toThrow(`${subgraph.envPrefix}_URL`);
      expect(() => loadSettings({ [`${subgraph.envPrefix}_DATABASE_URL`]: 'http://x' })).toThrow(`${subgraph.envPrefix}_DATABASE_URL`);
      expect(() => loadSettings({ [`${subgraph.envPrefix}_PORT`]: 'x' })).toThrow(`${subgraph.envPrefix}_PORT`);
    }
  });

  it('names the subgraphs of the committed supergraph, at their ports (run `npm run compose` after changing it)', () => {
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    const expected = SUBGRAPHS.map((subgraph) => ({ name: subgraph.name, url: `http://localhost:${subgraph.port}/graphql` }));
    expect(supergraphSubgraphs().sort(byName)).toEqual(expected.sort(byName));
  });
});
