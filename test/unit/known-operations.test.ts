import fs from 'node:fs';
import path from 'node:path';
import { CLIENT_OPERATION_NAMES, OTHER_OPERATION, operationLabeller, repoRoot } from '@ugf/runtime';
import { SUBMIT_OBSERVATIONS } from '@ugf/import-client';
import { EXPORTS } from '../../gateway/src/export/export-definitions';
import { JSON_EXPORTS } from '../../gateway/src/export/json-exports';
import { SDMX_QUERY } from '../../gateway/src/export/sdmx-export';
import { RELAY_QUERY } from '../../gateway/src/changes/change-relay';
import { VERSION_QUERY } from '../../gateway/src/citation/cite-query';
import { BULK_PAGE_QUERY, BULK_VERSION_QUERY } from '../../gateway/src/download/bulk-queries';

describe('operation names in the metrics', () => {
  const label = operationLabeller(['OperatorReport']);

  it('labels only known names, and a subgraph part of a plan by its operation', () => {
    expect(label('Overview')).toBe('Overview');
    expect(label('Overview__indicators__1')).toBe('Overview');
    expect(label('OperatorReport')).toBe('OperatorReport');
    expect(label(undefined)).toBe('anonymous');
    expect(label(`X${'a'.repeat(20_000)}`)).toBe(OTHER_OPERATION);
  });

  it("knows every operation of the project's own clients: the dashboard, the import CLI and the gateway's exports", () => {
    const generated = fs.readFileSync(path.join(repoRoot, 'dashboard/src/gql/graphql.ts'), 'utf8');
    const dashboard = [...generated.matchAll(/"operation":"(?:query|mutation)","name":\{"kind":"Name","value":"(\w+)"/g)].map((match) => match[1]);
    const namesIn = (text: string) => [...text.matchAll(/(?:query|mutation) (\w+)/g)].map((match) => match[1]);
    const importer = namesIn(SUBMIT_OBSERVATIONS);
    const exports = [...EXPORTS.values(), ...JSON_EXPORTS.values()]
      .map((definition) => definition.query)
      .concat(SDMX_QUERY, RELAY_QUERY, VERSION_QUERY, BULK_VERSION_QUERY, BULK_PAGE_QUERY)
      .flatMap(namesIn);
    expect(exports).toEqual(expect.arrayContaining(['Export', 'ExportJsonStat', 'ExportSdmx', 'ChangeRelay', 'CiteDataVersion', 'BulkDownloadVersion', 'BulkDownloadPage']));
    expect(dashboard.length).toBeGreaterThan(5);
    expect([...dashboard, ...importer, ...exports].filter((name) => !CLIENT_OPERATION_NAMES.includes(name))).toEqual([]);
  });
});
