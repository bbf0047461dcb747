import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot, settingsSchema } from '@ugf/runtime';
import { SUBGRAPHS, databasePasswordVariable, urlVariable } from '@ugf/services';
import { importSettingsSchema } from '../../shared/import-client/src/import-settings';
import { GENERATED_FILES, staleFiles } from '../../deploy/generate/generated-files';
import { replaceRegions } from '../../deploy/generate/regions';

const read = (file: string) => fs.readFileSync(path.join(repoRoot, file), 'utf8');

/** The parts of docker-compose.yml the tests read. */
interface ComposeService {
  environment: Record<string, string>;
  healthcheck: { test: string[] };
  depends_on: Record<string, unknown>;
}

describe("the files generated from the service manifest and the settings' schema (npm run generate:manifests)", () => {
  it.each(GENERATED_FILES.map(({ file }) => [file]))("%s is what the manifest and the settings' schema give: run `npm run generate:manifests` and commit it", (file) => {
    expect(staleFiles(repoRoot).filter((stale) => stale.file === file)).toEqual([]);
  });

  it('rewrites only the lines between a region’s markers, and names the file whose marker is missing', () => {
    const text = 'keep\n  # >>> generated: list (anything)\n  old\n  # <<< generated: list\nkeep too\n';
    expect(replaceRegions('a.yaml', text, { list: '  new\n  newer\n' })).toBe('keep\n  # >>> generated: list (anything)\n  new\n  newer\n  # <<< generated: list\nkeep too\n');
    expect(() => replaceRegions('a.yaml', 'keep\n', { list: 'x\n' })).toThrow('a.yaml has no "# >>> generated: list" line');
  });

  it('marks a region of a Markdown file with HTML comments', () => {
    const text = 'keep\n<!-- >>> generated: table (anything) -->\nold\n<!-- <<< generated: table -->\nkeep too\n';
    expect(replaceRegions('a.md', text, { table: 'new\n' })).toBe('keep\n<!-- >>> generated: table (anything) -->\nnew\n<!-- <<< generated: table -->\nkeep too\n');
    expect(() => replaceRegions('a.md', '# >>> generated: table\n# <<< generated: table\n', { table: 'x\n' })).toThrow('a.md has no "<!-- >>> generated: table" line');
  });

  it("lists every setting of the schema in .env.example, and in the configuration guide with the import CLI's own", () => {
    const envExample = read('.env.example');
    const guide = read('docs/operators/configuration.md');
    for (const name of Object.keys(settingsSchema.shape)) {
      expect(envExample).toMatch(new RegExp(`^# ${name}=`, 'm'));
      expect(guide).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
    }
    for (const name of Object.keys(importSettingsSchema.shape)) expect(guide).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });

  it('gives docker-compose.yml a service per subgraph on its port and database, and a gateway that waits for each and calls it', () => {
    const compose = parse(read('docker-compose.yml'), { merge: true, uniqueKeys: true }) as { services: Record<string, ComposeService> };
    const gateway = compose.services.gateway;
    for (const subgraph of SUBGRAPHS) {
      const service = compose.services[subgraph.name];
      expect(service.environment).toMatchObject({ SERVICE: subgraph.name, PORT: String(subgraph.port), NODE_ENV: 'production' });
      expect(service.environment.DATABASE_URL).toMatch(new RegExp(`^mysql://${subgraph.database}:\\$\\{${databasePasswordVariable(subgraph)}:-[^}]+\\}@mysql:3306/${subgraph.database}$`));
      expect(service.healthcheck.test.join(' ')).toContain('/ready');
      expect(compose.services.mysql.environment).toHaveProperty(databasePasswordVariable(subgraph));
      expect(gateway.environment[urlVariable(subgraph)]).toBe(`http://${subgraph.name}:${subgraph.port}/graphql`);
      expect(gateway.depends_on[subgraph.name]).toEqual({ condition: 'service_healthy' });
    }
  });

  it('runs each subgraph in the image as the Dockerfile does, from subgraphs/$SERVICE/dist/main.js', () => {
    expect(read('shared/docker/Dockerfile')).toContain('exec node \\"subgraphs/$SERVICE/dist/main.js\\"');
    for (const subgraph of SUBGRAPHS) expect(subgraph.entry).toBe(`subgraphs/${subgraph.name}/dist/main.js`);
  });

  it('finds every subgraph’s workspace through the root package.json', () => {
    const { workspaces } = JSON.parse(read('package.json')) as { workspaces: string[] };
    const covers = (folder: string) => workspaces.some((pattern) => pattern === folder || (pattern.endsWith('/*') && path.dirname(folder) === pattern.slice(0, -2)));
    expect(SUBGRAPHS.map((subgraph) => subgraph.workspace).filter((folder) => !covers(folder))).toEqual([]);
  });
});
