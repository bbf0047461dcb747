import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { repoRoot } from '@ugf/shared';
import { apiSchemaSdl } from '../helpers/api-schema';

const graphqlBlocks = (file: string) => [...fs.readFileSync(path.join(repoRoot, file), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

describe('the review operations of the documentation', () => {
  it.each(['docs/verifying-values.md', 'docs/data-teams.md'])('are valid against the API schema in %s', (file) => {
    const schema = buildSchema(apiSchemaSdl());
    const blocks = graphqlBlocks(file).filter((block) => /review/i.test(block));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect({ block, errors: validate(schema, parse(block)).map((error) => error.message) }).toEqual({ block, errors: [] });
  });
});
