import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@ugf/shared';

export interface ReadmeOperation {
  /** The first words of the query, to name a test. */
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * The GraphQL operations of the README's `curl` examples (the JSON after `-d '`), in the order they appear,
 * so that a test runs exactly what a reader would paste.
 */
export function readmeOperations(readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')): ReadmeOperation[] {
  const operations: ReadmeOperation[] = [];
  for (const block of readme.matchAll(/```bash\n([\s\S]*?)```/g)) {
    for (const command of block[1].matchAll(/curl [^\n]*?-d '([\s\S]*?)'/g)) {
      const body = JSON.parse(command[1]) as { query: string; variables?: Record<string, unknown> };
      operations.push({ name: body.query.replace(/\s+/g, ' ').slice(0, 60), query: body.query, variables: body.variables });
    }
  }
  return operations;
}
