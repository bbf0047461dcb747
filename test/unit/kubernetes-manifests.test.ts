import { expect } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { repoRoot, SERVICE_NAMES, subgraphUrlVariable, type ServiceName } from '@ugf/runtime';
import { renderKustomization, type KubernetesObject } from '../../deploy/kubernetes/tools/render-kustomization';
import { overlayFolders } from '../../deploy/kubernetes/tools/validate-cli';
import { validateObjects } from '../../deploy/kubernetes/tools/validate-objects';
import { plannedUnits, type CapacityResults } from '../bench/capacity/capacity-results';

const kubernetesFolder = path.join(repoRoot, 'deploy', 'kubernetes');
const overlays = overlayFolders(kubernetesFolder);
const production = renderKustomization(path.join(kubernetesFolder, 'overlays', 'production'));

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  env?: EnvVar[];
  ports?: { name?: string; containerPort: number }[];
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  volumeMounts?: { name: string; mountPath: string }[];
}
interface PodSpec {
  containers: Container[];
  volumes?: { name: string; configMap?: { name: string } }[];
}
/** The part of each kind's `spec` the tests read. */
interface Specs {
  Deployment: { replicas?: number; template: { metadata: { labels: Record<string, string> }; spec: PodSpec } };
  Job: { template: { spec: PodSpec } };
  Service: { selector: Record<string, string>; ports: { port: number; targetPort: string }[] };
  ConfigMap: undefined;
}
interface AutoscalerObject {
  spec: {
    scaleTargetRef: { name: string };
    minReplicas: number;
    maxReplicas: number;
    metrics: { resource: { target: { averageUtilization: number } } }[];
  };
}
type DisruptionBudget = KubernetesObject & { spec: { minAvailable: number; selector: { matchLabels: Record<string, string> } } };

const objectsOf = (objects: KubernetesObject[], kind: string) => objects.filter((object) => object.kind === kind);
const named = <K extends keyof Specs>(objects: KubernetesObject[], kind: K, name: string) => {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found as KubernetesObject & { spec: Specs[K] };
};
const podSpec = (object: KubernetesObject) => (object as unknown as { spec: { template: { spec: PodSpec } } }).spec.template.spec;
const containersOf = (objects: KubernetesObject[]) => objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job').flatMap((o) => podSpec(o).containers);
const envOf = (container: Container, name: string) => container.env?.find((variable) => variable.name === name);
const services = ['gateway', ...SERVICE_NAMES] as const;

describe('the Kubernetes manifests (deploy/kubernetes)', () => {
  it.each(overlays.map((folder) => [path.basename(folder), folder]))('overlay %s renders and every object matches its Kubernetes schema', (_name, folder) => {
    const objects = renderKustomization(folder);
    expect(objects.length).toBeGreaterThan(0);
    expect(validateObjects(objects)).toEqual([]);
  });

  it('the validator refuses a broken manifest and a kind it has no schema for', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-k8s-'));
    try {
      fs.cpSync(kubernetesFolder, copy, { recursive: true });
      const brokenFile = path.join(copy, 'base', 'initiatives.yaml');
      type Editable = { spec: { replicas?: unknown; selector?: unknown; template: { spec: { containers: { ports: { containerPort: unknown }[] }[] } } } };
      const [deployment, service] = parseAllDocuments(fs.readFileSync(brokenFile, 'utf8')).map((document) => document.toJS() as unknown) as [Editable, unknown];
      deployment.spec.replicas = 'two';
      delete deployment.spec.selector;
      deployment.spec.template.spec.containers[0].ports[0].containerPort = '4001/tcp';
      const stranger = { apiVersion: 'example.org/v1', kind: 'Widget', metadata: { name: 'w' } };
      fs.writeFileSync(brokenFile, [deployment, service, stranger].map((object) => stringify(object)).join('---\n'));

      const problems = validateObjects(renderKustomization(path.join(copy, 'overlays', 'production'))).join('\n');
      expect(problems).toContain('Deployment ugf-initiatives');
      expect(problems).toMatch(/spec\/replicas must be integer/);
      expect(problems).toMatch(/spec must have required property selector/);
      expect(problems).toMatch(/containerPort must be integer/);
      expect(problems).toContain('Widget w: no schema');
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('has a Deployment and a Service for the gateway and each subgraph, the Service reaching the Deployment’s port', () => {
    for (const service of services) {
      const deployment = named(production, 'Deployment', `ugf-${service}`);
      const svc = named(production, 'Service', `ugf-${service}`);
      expect(deployment.spec.template.metadata.labels).toMatchObject(svc.spec.selector);
      const portNames = (podSpec(deployment).containers[0].ports ?? []).map((port) => port.name);
      expect(portNames).toContain(svc.spec.ports[0].targetPort);
    }
  });

  it('probes readiness on /ready and liveness on /health, and sets CPU and memory requests and limits, for every service', () => {
    for (const service of services) {
      const [container] = podSpec(named(production, 'Deployment', `ugf-${service}`)).containers;
      expect(container.readinessProbe?.httpGet).toEqual({ path: '/ready', port: 'http' });
      expect(container.livenessProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
      for (const bound of [container.resources?.requests, container.resources?.limits]) expect(Object.keys(bound ?? {}).sort()).toEqual(['cpu', 'memory']);
    }
  });

  it('autoscales the gateway and the indicators subgraph (autoscaling/v2), which leave their replica count to it', () => {
    const targets = objectsOf(production, 'HorizontalPodAutoscaler').map((hpa) => {
      expect(hpa.apiVersion).toBe('autoscaling/v2');
      return (hpa as unknown as { spec: { scaleTargetRef: { kind: string; name: string } } }).spec.scaleTargetRef;
    });
    expect(targets).toEqual(
      expect.arrayContaining([
        { apiVersion: 'apps/v1', kind: 'Deployment', name: 'ugf-gateway' },
        { apiVersion: 'apps/v1', kind: 'Deployment', name: 'ugf-indicators' },
      ]),
    );
    for (const target of targets) expect(named(production, 'Deployment', target.name).spec.replicas).toBeUndefined();
  });

  it('sizes production by the last capacity model run: autoscaled from its warm plan to its cold plan, the others at the cold plan', () => {
    const results = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'bench', 'results', 'capacity.json'), 'utf8')) as CapacityResults;
    const { cold, warm } = plannedUnits(results);
    const autoscalers = new Map((objectsOf(production, 'HorizontalPodAutoscaler') as unknown as AutoscalerObject[]).map((hpa) => [hpa.spec.scaleTargetRef.name, hpa.spec] as const));
    for (const service of services) {
      const autoscaler = autoscalers.get(`ugf-${service}`);
      if (autoscaler) {
        expect({ service, min: autoscaler.minReplicas, max: autoscaler.maxReplicas }).toEqual({ service, min: warm?.[service], max: cold[service] });
        expect(autoscaler.metrics.map((metric) => metric.resource.target.averageUtilization)).toEqual([results.plan.utilisation * 100]);
        const [container] = podSpec(named(production, 'Deployment', `ugf-${service}`)).containers;
        expect(container.resources?.requests?.cpu).toBe('1');
      } else {
        expect({ service, replicas: named(production, 'Deployment', `ugf-${service}`).spec.replicas }).toEqual({ service, replicas: cold[service] });
      }
    }
  });

  it('keeps one pod of every service through voluntary disruptions', () => {
    const budgets = objectsOf(production, 'PodDisruptionBudget') as DisruptionBudget[];
    for (const service of services) {
      const labels = named(production, 'Deployment', `ugf-${service}`).spec.template.metadata.labels;
      expect(budgets.some((budget) => budget.spec.minAvailable >= 1 && Object.entries(budget.spec.selector.matchLabels).every(([key, value]) => labels[key] === value))).toBe(true);
    }
  });

  it('serves the committed supergraph to the gateway from a generated ConfigMap', () => {
    const committed = fs.readFileSync(path.join(repoRoot, 'gateway', 'supergraph.graphql'), 'utf8');
    const gateway = podSpec(named(production, 'Deployment', 'ugf-gateway'));
    const volume = gateway.volumes?.find((candidate) => candidate.configMap);
    const configMap = named(production, 'ConfigMap', volume?.configMap?.name ?? '') as unknown as { data: Record<string, string> };
    const mount = gateway.containers[0].volumeMounts?.find((candidate) => candidate.name === volume?.name);
    const [file] = Object.keys(configMap.data);
    expect(configMap.data[file]).toBe(committed);
    expect(envOf(gateway.containers[0], 'SUPERGRAPH_PATH')?.value).toBe(`${mount?.mountPath}/${file}`);
  });

  it('points the gateway at each subgraph’s Service', () => {
    const [gateway] = podSpec(named(production, 'Deployment', 'ugf-gateway')).containers;
    for (const name of SERVICE_NAMES) {
      const port = named(production, 'Service', `ugf-${name}`).spec.ports[0].port;
      expect(envOf(gateway, subgraphUrlVariable(name))?.value).toBe(`http://ugf-${name}:${port}/graphql`);
    }
  });

  it('holds no secret: no Secret object, every secret setting read from the ugf-secrets Secret, every key it reads listed in secrets.example', () => {
    expect(objectsOf(production, 'Secret')).toEqual([]);
    const secretSettings = /SECRET|KEY|PASSWORD|TOKEN|DATABASE_URL|REDIS_URL/;
    const example = fs.readFileSync(path.join(kubernetesFolder, 'secrets.example'), 'utf8');
    for (const container of containersOf(production)) {
      for (const variable of container.env ?? []) {
        if (!secretSettings.test(variable.name)) continue;
        expect(variable).toEqual({ name: variable.name, valueFrom: { secretKeyRef: expect.objectContaining({ name: 'ugf-secrets' }) } });
        expect(example).toMatch(new RegExp(`\\b${variable.valueFrom?.secretKeyRef?.key}\\b`));
      }
    }
  });

  it('gives each subgraph its own database URL, and migrates each one in a Job before the rollout', () => {
    const job = named(production, 'Job', 'ugf-migrate');
    expect(job.metadata.labels?.['app.kubernetes.io/component']).toBe('migrations');
    const keys = SERVICE_NAMES.map((name: ServiceName) => {
      const [container] = podSpec(named(production, 'Deployment', `ugf-${name}`)).containers;
      const key = envOf(container, 'DATABASE_URL')?.valueFrom?.secretKeyRef?.key;
      const migration = podSpec(job).containers.find((candidate) => candidate.command?.includes(`subgraphs/${name}/dist/main.js`));
      expect(migration?.command).toContain('--migrate-only');
      expect(envOf(migration as Container, 'DATABASE_URL')?.valueFrom?.secretKeyRef?.key).toBe(key);
      return key;
    });
    expect(new Set(keys).size).toBe(SERVICE_NAMES.length);
  });

  it('runs one image, at a fixed tag in production', () => {
    const images = new Set(containersOf(production).map((container) => container.image));
    expect(images.size).toBe(1);
    expect([...images][0]).toMatch(/:[\w.-]+$/);
    expect([...images][0]).not.toMatch(/:latest$/);
  });

  it('keeps base/supergraph.graphql equal to gateway/supergraph.graphql (`npm run compose` copies it)', () => {
    const copy = fs.readFileSync(path.join(kubernetesFolder, 'base', 'supergraph.graphql'), 'utf8');
    expect(copy).toBe(fs.readFileSync(path.join(repoRoot, 'gateway', 'supergraph.graphql'), 'utf8'));
  });
});
