import { GATEWAY, PRODUCTION_METRICS_PORT, SERVICES, SUBGRAPHS, databaseUrlVariable, type SubgraphManifestEntry } from '@ugf/services';

/** The Kubernetes files written whole from the manifest, by path under deploy/kubernetes. */

const replicasLine = (subgraph: SubgraphManifestEntry) =>
  subgraph.replicas === 'autoscaled' ? '  # No replicas: the HorizontalPodAutoscaler (autoscaling.yaml) owns the count, which a re-apply would reset.' : `  replicas: ${subgraph.replicas}`;

/** base/<name>.yaml: the subgraph's Deployment and Service. */
export const subgraphWorkload = (
  subgraph: SubgraphManifestEntry,
) => `# The ${subgraph.name} subgraph: stateless replicas on its own database (${databaseUrlVariable(subgraph)} in the ugf-secrets Secret),
# migrated and seeded beforehand by the ugf-migrate Job. Only the gateway may call it (network-policy.yaml).
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ugf-${subgraph.name}
  labels:
    app.kubernetes.io/name: ugf-${subgraph.name}
    app.kubernetes.io/component: subgraph
    app.kubernetes.io/part-of: urban-governance-federation
spec:
${replicasLine(subgraph)}
  selector:
    matchLabels:
      app.kubernetes.io/name: ugf-${subgraph.name}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 1
  template:
    metadata:
      # /metrics is served on its own port (METRICS_PORT, ${PRODUCTION_METRICS_PORT} in production), never through the Service.
      annotations:
        prometheus.io/scrape: "true"
        prometheus.io/port: "${PRODUCTION_METRICS_PORT}"
        prometheus.io/path: /metrics
      labels:
        app.kubernetes.io/name: ugf-${subgraph.name}
        app.kubernetes.io/component: subgraph
        app.kubernetes.io/part-of: urban-governance-federation
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        runAsGroup: 1000
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: ${subgraph.name}
          image: urban-governance-federation
          command: ["node", "${subgraph.entry}"]
          ports:
            - name: http
              containerPort: ${subgraph.port}
            - name: metrics
              containerPort: ${PRODUCTION_METRICS_PORT}
          envFrom:
            - configMapRef:
                name: ugf-settings
          env:
            - name: PORT
              value: "${subgraph.port}"
            # The migration Job has seeded the database; replicas only check that migrations are applied.
            - name: SEED
              value: "false"
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: ugf-secrets
                  key: ${databaseUrlVariable(subgraph)}
            - name: SUBGRAPH_SECRET
              valueFrom:
                secretKeyRef:
                  name: ugf-secrets
                  key: SUBGRAPH_SECRET
            - name: JWT_PUBLIC_KEY
              valueFrom:
                secretKeyRef:
                  name: ugf-secrets
                  key: JWT_PUBLIC_KEY
                  optional: true
          readinessProbe:
            httpGet:
              path: /ready
              port: http
            periodSeconds: 5
            failureThreshold: 2
          livenessProbe:
            httpGet:
              path: /health
              port: http
            periodSeconds: 10
            failureThreshold: 3
          startupProbe:
            httpGet:
              path: /health
              port: http
            periodSeconds: 2
            failureThreshold: 60
          # Starting points; adjust from the process_resident_memory_bytes and CPU metrics at /metrics.
          resources:
            requests:
              cpu: 100m
              memory: 192Mi
            limits:
              cpu: "1"
              memory: 512Mi
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir: {}
---
apiVersion: v1
kind: Service
metadata:
  name: ugf-${subgraph.name}
  labels:
    app.kubernetes.io/name: ugf-${subgraph.name}
    app.kubernetes.io/component: subgraph
    app.kubernetes.io/part-of: urban-governance-federation
spec:
  selector:
    app.kubernetes.io/name: ugf-${subgraph.name}
  ports:
    - name: http
      port: ${subgraph.port}
      targetPort: http
`;

const migration = (subgraph: SubgraphManifestEntry) => `        - name: ${subgraph.name}
          image: urban-governance-federation
          command: ["node", "${subgraph.entry}", "--migrate-only"]
          env:
            - name: NODE_ENV
              value: production
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: ugf-secrets
                  key: ${databaseUrlVariable(subgraph)}
          resources:
            requests:
              cpu: 50m
              memory: 128Mi
            limits:
              cpu: 500m
              memory: 384Mi
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
`;

/** base/migrate-job.yaml: one container per subgraph, each migrating and seeding its own database. */
export const migrateJob = () => `# Runs every subgraph's migrations and seeds (\`--migrate-only\`), each on its own database, and exits. A
# rollout applies it alone first (\`kubectl apply -k <overlay> -l app.kubernetes.io/component=migrations\`),
# waits for it to complete, then applies the rest (docs/operators/deploying.md, "Deploying to Kubernetes"). A Job's pod template
# cannot change, so the previous run is deleted before a new version's.
apiVersion: batch/v1
kind: Job
metadata:
  name: ugf-migrate
  labels:
    app.kubernetes.io/name: ugf-migrate
    app.kubernetes.io/component: migrations
    app.kubernetes.io/part-of: urban-governance-federation
spec:
  backoffLimit: 6
  activeDeadlineSeconds: 900
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ugf-migrate
        app.kubernetes.io/component: migrations
        app.kubernetes.io/part-of: urban-governance-federation
    spec:
      restartPolicy: OnFailure
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        runAsGroup: 1000
        seccompProfile:
          type: RuntimeDefault
      containers:
${SUBGRAPHS.map(migration).join('')}      volumes:
        - name: tmp
          emptyDir: {}
`;

const documents = (parts: string[]) => parts.join('---\n');

/** base/disruption-budgets.yaml: one pod of every service stays up through voluntary disruptions. */
export const disruptionBudgets = () =>
  `# One replica of each service stays up through voluntary disruptions (node drains, cluster upgrades).\n${documents(
    SERVICES.map(
      (service) => `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ugf-${service.name}
spec:
  minAvailable: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: ugf-${service.name}
`,
    ),
  )}`;

/** overlays/local/evictable.yaml: budgets of zero, since a single replica could never be evicted. */
export const evictableBudgets = () =>
  documents(
    SERVICES.map(
      (service) => `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ugf-${service.name}
spec:
  minAvailable: 0
`,
    ),
  );

const smallerAutoscaler = (name: string) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ugf-${name}
spec:
  minReplicas: 1
  maxReplicas: 2
`;

const smallerDeployment = (name: string, replicas: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ugf-${name}
spec:
${replicas}  template:
    spec:
      containers:
        - name: ${name}
          resources:
            requests:
              cpu: 50m
              memory: 128Mi
`;

/** overlays/local/one-replica.yaml: one replica of each service (autoscaled ones: at most two), smaller requests. */
export const oneReplica = () =>
  documents([
    smallerAutoscaler(GATEWAY.name),
    smallerDeployment(GATEWAY.name, ''),
    ...SUBGRAPHS.flatMap((subgraph) =>
      subgraph.replicas === 'autoscaled' ? [smallerAutoscaler(subgraph.name), smallerDeployment(subgraph.name, '')] : [smallerDeployment(subgraph.name, '  replicas: 1\n')],
    ),
  ]);
