import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from '@ugf/services';
import { disruptionBudgets, evictableBudgets, migrateJob, oneReplica, subgraphWorkload } from './kubernetes-files';
import {
  composeRegions,
  dockerfileRegions,
  grafbaseRegions,
  kubernetesGatewayRegions,
  kustomizationRegions,
  mysqlInitRegions,
  routerRegions,
  secretsExampleRegions,
  withProjectReferences,
} from './region-files';
import { replaceRegions } from './regions';
import { configurationGuideRegions, envExample } from './settings-files';

/** A file that follows from the manifest: `render` takes its committed text (undefined when it does not exist yet). */
export interface GeneratedFile {
  /** From the repository root. */
  file: string;
  render: (current: string | undefined, root: string) => string;
}

const generatedHeader = (sources: string) => `# Generated from ${sources} by \`npm run generate:manifests\` (deploy/generate): edit those, not this file.\n`;
const MANIFEST = 'shared/services/src/manifest.ts';

const whole = (file: string, text: () => string, sources = MANIFEST): GeneratedFile => ({ file, render: () => generatedHeader(sources) + text() });

const regions = (file: string, content: Record<string, string>): GeneratedFile => ({
  file,
  render: (current) => {
    if (current === undefined) throw new Error(`${file} is missing`);
    return replaceRegions(file, current, content);
  },
});

/** The workspace packages under shared/ (services, runtime, tools, import-client), as the root's `shared/*` workspaces glob finds them. */
function sharedPackages(root: string): string[] {
  const shared = path.join(root, 'shared');
  return fs
    .readdirSync(shared)
    .filter((name) => fs.existsSync(path.join(shared, name, 'package.json')))
    .sort()
    .map((name) => `shared/${name}`);
}

export const GENERATED_FILES: readonly GeneratedFile[] = [
  regions('docker-compose.yml', composeRegions),
  regions('shared/docker/Dockerfile', dockerfileRegions),
  regions('shared/docker/mysql-init.sh', mysqlInitRegions),
  whole('.env.example', envExample, `the settings' schema (shared/runtime/src/config/settings-schema.ts) and ${MANIFEST}`),
  regions('docs/operators/configuration.md', configurationGuideRegions),
  regions('deploy/apollo-router/router.yaml', routerRegions),
  regions('deploy/grafbase/grafbase.toml', grafbaseRegions),
  regions('deploy/kubernetes/base/gateway.yaml', kubernetesGatewayRegions),
  regions('deploy/kubernetes/base/kustomization.yaml', kustomizationRegions),
  regions('deploy/kubernetes/secrets.example', secretsExampleRegions),
  ...SUBGRAPHS.map((subgraph) => whole(`deploy/kubernetes/base/${subgraph.name}.yaml`, () => subgraphWorkload(subgraph))),
  whole('deploy/kubernetes/base/disruption-budgets.yaml', disruptionBudgets),
  whole('deploy/kubernetes/base/migrate-job.yaml', migrateJob),
  whole('deploy/kubernetes/overlays/local/evictable.yaml', evictableBudgets),
  whole('deploy/kubernetes/overlays/local/one-replica.yaml', oneReplica),
  {
    file: 'tsconfig.json',
    render: (current, root) => withProjectReferences(current ?? '', sharedPackages(root)),
  },
];

/** Each generated file whose committed text differs from what the manifest gives, with that text. */
export function staleFiles(root: string): { file: string; expected: string }[] {
  return GENERATED_FILES.flatMap(({ file, render }) => {
    const location = path.join(root, file);
    const current = fs.existsSync(location) ? fs.readFileSync(location, 'utf8') : undefined;
    const expected = render(current, root);
    return expected === current ? [] : [{ file, expected }];
  });
}
