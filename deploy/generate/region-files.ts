import { GATEWAY, SUBGRAPHS, databasePasswordVariable, databaseUrlVariable, urlVariable, type SubgraphManifestEntry } from '@ugf/services';

/** The generated regions of each hand-written file, by its path from the repository root. */

const lines = <T>(items: readonly T[], line: (item: T, index: number) => string) => items.map((item, index) => `${line(item, index)}\n`).join('');
const defaultPassword = (subgraph: SubgraphManifestEntry) => `\${${databasePasswordVariable(subgraph)}:-change-me-${subgraph.name}}`;

const topologyArrow = (index: number) => (index === 0 ? `#   clients ──► gateway :${GATEWAY.port} ──►` : `#                          ${index === SUBGRAPHS.length - 1 ? '└' : '├'}────►`);

export const composeRegions = {
  topology: lines(SUBGRAPHS, (subgraph, index) => `${topologyArrow(index)} ${subgraph.name} :${subgraph.port} ──► mysql/${subgraph.database}`),
  'database-passwords': lines(SUBGRAPHS, (subgraph) => `      ${databasePasswordVariable(subgraph)}: ${defaultPassword(subgraph)}`),
  'subgraph-services': lines(
    SUBGRAPHS,
    (subgraph) => `  ${subgraph.name}:
    <<: *service
    environment:
      <<: *auth-env
      SERVICE: ${subgraph.name}
      PORT: "${subgraph.port}"
      DATABASE_URL: mysql://${subgraph.database}:${defaultPassword(subgraph)}@mysql:3306/${subgraph.database}
    depends_on: *after-mysql
    healthcheck: *ready
`,
  ),
  'gateway-subgraph-urls': lines(SUBGRAPHS, (subgraph) => `      ${urlVariable(subgraph)}: http://${subgraph.name}:${subgraph.port}/graphql`),
  'gateway-depends-on': lines(SUBGRAPHS, (subgraph) => `      ${subgraph.name}:\n        condition: service_healthy`),
};

export const dockerfileRegions = {
  'workspace-manifests': lines(SUBGRAPHS, (subgraph) => `COPY ${subgraph.workspace}/package.json ${subgraph.workspace}/`),
};

export const mysqlInitRegions = {
  databases: lines(SUBGRAPHS, (subgraph) => `create_database ${subgraph.database} "$${databasePasswordVariable(subgraph)}"`),
};

export const routerRegions = {
  'subgraph-urls': lines(SUBGRAPHS, (subgraph) => `  ${subgraph.name}: \${env.${urlVariable(subgraph)}}`),
};

export const grafbaseRegions = {
  subgraphs: SUBGRAPHS.map((subgraph) => `[subgraphs.${subgraph.name}]\nurl = "{{ env.${urlVariable(subgraph)} }}"\nschema_path = "../../gateway/subgraphs/${subgraph.name}.graphql"\n`).join('\n'),
};

export const kubernetesGatewayRegions = {
  'subgraph-urls': lines(SUBGRAPHS, (subgraph) => `            - name: ${urlVariable(subgraph)}\n              value: http://ugf-${subgraph.name}:${subgraph.port}/graphql`),
};

export const kustomizationRegions = {
  'subgraph-workloads': lines(SUBGRAPHS, (subgraph) => `  - ${subgraph.name}.yaml`),
};

export const secretsExampleRegions = {
  'database-urls': lines(SUBGRAPHS, (subgraph) => `${databaseUrlVariable(subgraph)}=mysql://${subgraph.database}:PASSWORD@mysql.example.org:3306/${subgraph.database}`),
};

/** The root tsconfig.json's project references (JSON has no comments for markers): the shared packages, the subgraphs, the gateway. */
export function withProjectReferences(text: string, sharedPackages: readonly string[]): string {
  const references = [...sharedPackages, ...SUBGRAPHS.map((subgraph) => subgraph.workspace), GATEWAY.workspace];
  const block = `"references": [\n${references.map((folder) => `    { "path": "${folder}" }`).join(',\n')}\n  ]`;
  if (!/"references": \[[^\]]*\]/.test(text)) throw new Error('tsconfig.json has no "references" list');
  return text.replace(/"references": \[[^\]]*\]/, block);
}
