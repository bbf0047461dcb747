import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';
import { repoRoot } from '@ugf/runtime';

/** The committed supergraph, written by `npm run compose`. */
export const SUPERGRAPH_PATH = path.join(repoRoot, 'gateway/supergraph.graphql');

/** The API schema of the supergraph: what clients see, without federation's join directives. The clients' types are generated from it. */
export function apiSchemaSdl(supergraphPath = SUPERGRAPH_PATH): string {
  const supergraph = Supergraph.build(fs.readFileSync(supergraphPath, 'utf8'));
  return printSchema(supergraph.apiSchema().toGraphQLJSSchema());
}

// `node shared/tools/dist/codegen/api-schema.js > schema.graphql`: the schema for a client project's own codegen.
if (require.main === module) process.stdout.write(`${apiSchemaSdl()}\n`);
