import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DEFAULT_PORTS, repoRoot, SERVICE_NAMES, type ServiceName } from '@ugf/runtime';
import { manifestSubgraph } from '@ugf/services';

const run = promisify(execFile);

/** The URL a subgraph has in the committed supergraph: its default local port; override per environment. */
export const defaultSubgraphUrl = (name: ServiceName) => `http://localhost:${DEFAULT_PORTS[name]}/graphql`;

/**
 * Each subgraph prints its own SDL in a process of its own (`main.js --print-sdl`): type-graphql keeps
 * decorator metadata globally, so subgraphs built in one process would see each other's classes.
 */
export async function readSubgraphSdl(name: ServiceName): Promise<string> {
  const entry = path.join(repoRoot, manifestSubgraph(name).entry);
  const { stdout } = await run(process.execPath, [entry, '--print-sdl'], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/** Composes the manifest's subgraphs into the supergraph SDL the gateway serves; composition errors are thrown together. */
export async function composeSupergraph(): Promise<string> {
  const sdls = await Promise.all(SERVICE_NAMES.map(readSubgraphSdl));
  const result = composeServices(SERVICE_NAMES.map((name, index) => ({ name, url: defaultSubgraphUrl(name), typeDefs: parse(sdls[index]) })));
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}
