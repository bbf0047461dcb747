import fs from 'node:fs';
import path from 'node:path';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode, repoRoot } from '@ugf/shared';

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

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe(`the error codes of ${GUIDE}`, () => {
  const [apiCodes, serverCodes] = errorTables(fs.readFileSync(path.join(repoRoot, GUIDE), 'utf8'));

  it('list in their first table exactly the values of ErrorCode (shared/src/graphql/errors.ts)', () => {
    expect([...apiCodes].sort()).toEqual(Object.values(ErrorCode).sort());
  });

  it('list in their second table only codes that Apollo Server defines or that the gateway and services send', () => {
    expect(serverCodes?.length).toBeGreaterThan(0);
    const sources = ['gateway/src', 'shared/src'].flatMap((folder) => sourceFiles(path.join(repoRoot, folder))).map((file) => fs.readFileSync(file, 'utf8'));
    const known = new Set<string>(Object.values(ApolloServerErrorCode));
    const unknown = serverCodes.filter((code) => !known.has(code) && !sources.some((source) => source.includes(`'${code}'`)));
    expect(unknown).toEqual([]);
  });
});
