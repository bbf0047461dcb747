// The API schema of the committed supergraph: what clients see, without the federation join directives.
// Types for the dashboard and for the typed-client example are generated from it (scripts/codegen.cjs).
const fs = require('node:fs');
const path = require('node:path');
const { Supergraph } = require('@apollo/federation-internals');
const { printSchema } = require('graphql');

const SUPERGRAPH_PATH = path.resolve(__dirname, '../../gateway/supergraph.graphql');

function apiSchemaSdl(supergraphPath = SUPERGRAPH_PATH) {
  const supergraph = Supergraph.build(fs.readFileSync(supergraphPath, 'utf8'));
  return printSchema(supergraph.apiSchema().toGraphQLJSSchema());
}

module.exports = { apiSchemaSdl, SUPERGRAPH_PATH };
