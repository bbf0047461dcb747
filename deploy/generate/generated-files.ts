import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from '@ugf/shared/dist/services/manifest';
import { disruptionBudgets, evictableBudgets, migrateJob, oneReplica, subgraphWorkload } from './kubernetes-files';
import {
  composeRegions,
  dockerfileRegions,
  envExampleRegions,
  kubernetesGatewayRegions,
  kustomizationRegions,
  mysqlInitRegions,
  routerRegions,
  secretsExampleRegions,
  withProjectReferences,
} from './region-files';
import { replaceRegions } from './regions';

/** A file that follows from the manifest: `render` takes its committed text (undefined when it does not exist yet). */
export interface GeneratedFile {
  /** From the repository root. */
  file: string;
  render: (current: string | undefined) => string;
}

const GENERATED_HEADER = '# Generated from shared/src/services/manifest.ts by `npm run generate:manifests` (deploy/generate): edit those, not this file.\n';

const whole = (file: string, text: () => string): GeneratedFile => ({ file, render: () => GENERATED_HEADER + text() });

const regions = (file: string, content: Record<string, string>): GeneratedFile => ({
  file,
  render: (current) => {
    if (current === undefined) throw new Error(`${file} is missing`);
    return replaceRegions(file, current, content);
  },
});

export const GENERATED_FILES: readonly GeneratedFile[] = [
  regions('docker-compose.yml', composeRegions),
  regions('shared/docker/Dockerfile', dockerfileRegions),
  regions('shared/docker/mysql-init.sh', mysqlInitRegions),
  regions('.env.example', envExampleRegions),
  regions('deploy/apollo-router/router.yaml', routerRegions),
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
    render: (current) => withProjectReferences(current ?? ''),
  },
];

/** Each generated file whose committed text differs from what the manifest gives, with that text. */
export function staleFiles(root: string): { file: string; expected: string }[] {
  return GENERATED_FILES.flatMap(({ file, render }) => {
    const location = path.join(root, file);
    const current = fs.existsSync(location) ? fs.readFileSync(location, 'utf8') : undefined;
    const expected = render(current);
    return expected === current ? [] : [{ file, expected }];
  });
}
