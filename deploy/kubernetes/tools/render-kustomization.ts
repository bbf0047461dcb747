import { execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';

/** A Kubernetes object as kustomize renders it. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

/**
 * Renders a kustomization folder as `kubectl apply -k` would (`kubectl kustomize`, which embeds kustomize),
 * offline, into its objects.
 */
export function renderKustomization(folder: string): KubernetesObject[] {
  let rendered: string;
  try {
    rendered = execFileSync('kubectl', ['kustomize', folder], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { code, stderr } = error as { code?: string; stderr?: string };
    if (code === 'ENOENT') throw new Error('kubectl is not installed: it renders the kustomizations (Debian: apt-get install kubernetes-client)');
    throw new Error(`kubectl kustomize ${folder} failed: ${stderr ?? String(error)}`);
  }
  return parseAllDocuments(rendered).map((document) => {
    if (document.errors.length > 0) throw new Error(`${folder}: ${document.errors[0].message}`);
    return document.toJS() as KubernetesObject;
  });
}
