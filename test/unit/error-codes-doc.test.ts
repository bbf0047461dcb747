import fs from 'node:fs';
import path from 'node:path';
import { ErrorCode, repoRoot } from '@ugf/runtime';

const GUIDE = 'docs/operators/security.md';

/** The backticked codes in the first cell of each row of the `| code | meaning |` tables of the guide's Errors section, one list per table. */
function errorTables(markdown: string): string[][] {
  const section = markdown.slice(markdown.indexOf('\n## Errors\n'));
  const tables = section.split(/\n(?=\| code \| meaning \|)/).slice(1);
  return tables.map((table) =>
    table
      .split('\n')
      .slice(2)
      .filter((line) => line.startsWith('|'))
      .flatMap((line) => [...line.split('|')[1].matchAll(/`([A-Z_]+)`/g)].map((match) => match[1])),
  );
}

describe(`the error codes of ${GUIDE}`, () => {
  const tables = errorTables(fs.readFileSync(path.join(repoRoot, GUIDE), 'utf8'));

  it('list in their two tables (the API codes, then the GraphQL server codes) exactly the values of ErrorCode (shared/runtime/src/graphql/errors.ts)', () => {
    expect(tables).toHaveLength(2);
    expect(tables.flat().sort()).toEqual(Object.values(ErrorCode).sort());
  });
});
