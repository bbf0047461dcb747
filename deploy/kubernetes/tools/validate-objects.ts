import * as appsV1 from 'kubernetes-models/apps/v1';
import * as autoscalingV2 from 'kubernetes-models/autoscaling/v2';
import * as batchV1 from 'kubernetes-models/batch/v1';
import * as networkingV1 from 'kubernetes-models/networking.k8s.io/v1';
import * as policyV1 from 'kubernetes-models/policy/v1';
import * as rbacV1 from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import * as coreV1 from 'kubernetes-models/v1';
import type { KubernetesObject } from './render-kustomization';

interface Model {
  apiVersion: string;
  kind: string;
  new (data: object): { validate(): void };
}

const isModel = (value: unknown): value is Model => typeof value === 'function' && 'apiVersion' in value && 'kind' in value;

/** The schema-carrying model of every kind of the API groups a deployment of ours may use. */
const models = new Map<string, Model>(
  [coreV1, appsV1, batchV1, autoscalingV2, policyV1, networkingV1, rbacV1].flatMap((group) => Object.values(group).filter(isModel)).map((model) => [`${model.apiVersion}/${model.kind}`, model]),
);

/**
 * Checks each object against the Kubernetes OpenAPI schema of its kind (kubernetes-models: types, required
 * fields, formats, enumerations) and returns one message per problem; an object of a kind not known here is
 * a problem too. Unknown fields are not reported: the schemas allow them.
 */
export function validateObjects(objects: KubernetesObject[]): string[] {
  return objects.flatMap((object) => {
    const name = `${object.kind ?? '(no kind)'} ${object.metadata?.name ?? '(no name)'}`;
    const model = models.get(`${object.apiVersion}/${object.kind}`);
    if (!model) return [`${name}: no schema for apiVersion ${object.apiVersion}, kind ${object.kind}`];
    try {
      new model(object).validate();
      return [];
    } catch (error) {
      return [`${name}: ${(error as Error).message}`];
    }
  });
}
