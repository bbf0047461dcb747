import fs from 'node:fs';
import path from 'node:path';
import { CLIENT_OPERATION_NAMES, OTHER_OPERATION, operationLabeller, repoRoot } from '@ugf/runtime';
import { SUBMIT_OBSERVATIONS } from '@ugf/import-client';

describe('operation names in the metrics', () => {
  const label = operationLabeller(['OperatorReport']);

  it('labels only known names, and a subgraph part of a plan by its operation', () => {
    expect(label('Overview')).toBe('Overview');
    expect(label('Overview__indicators__1')).toBe('Overview');
    expect(label('OperatorReport')).toBe('OperatorReport');
    expect(label(undefined)).toBe('anonymous');
    expect(label(`X${'a'.repeat(20_000)}`)).toBe(OTHER_OPERATION);
  });

  it("knows every operation of the project's own clients: the dashboard and the import CLI", () => {
    const generated = fs.readFileSync(path.join(repoRoot, 'dashboard/src/gql/graphql.ts'), 'utf8');
    const dashboard = [...generated.matchAll(/"operation":"(?:query|mutation)","name":\{"kind":"Name","value":"(\w+)"/g)].map((match) => match[1]);
    const importer = [...SUBMIT_OBSERVATIONS.matchAll(/(?:query|mutation) (\w+)/g)].map((match) => match[1]);
    expect(dashboard.length).toBeGreaterThan(5);
    expect([...dashboard, ...importer].filter((name) => !CLIENT_OPERATION_NAMES.includes(name))).toEqual([]);
  });
});
