import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph } from '@ugf/gateway';
import { repoRoot } from '@ugf/shared';

describe('the committed supergraph', () => {
  it('equals a fresh composition of the four subgraphs (run `npm run compose` after a schema change)', async () => {
    const committed = fs.readFileSync(path.join(repoRoot, 'gateway', 'supergraph.graphql'), 'utf8');
    expect(await composeSupergraph()).toBe(committed);
  }, 60_000);
});
