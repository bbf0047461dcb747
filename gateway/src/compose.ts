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

/**
 * Where `npm run compose` keeps each subgraph's SDL (gateway/subgraphs/<name>.graphql), beside the supergraph
 * composed from them: for gateways that compose by themselves from each subgraph's schema (Grafbase's, with
 * deploy/grafbase/grafbase.toml).
 */
export const subgraphSdlPath = (name: ServiceName) => path.join(repoRoot, 'gateway', 'subgraphs', `${name}.graphql`);

/** Every subgraph's SDL as printed by the subgraph, ending in one newline, by name. */
export async function readSubgraphSdls(): Promise<Record<ServiceName, string>> {
  const sdls = await Promise.all(SERVICE_NAMES.map(readSubgraphSdl));
  return Object.fromEntries(SERVICE_NAMES.map((name, index) => [name, `${sdls[index].trimEnd()}\n`])) as Record<ServiceName, string>;
}

/** Composes the manifest's subgraphs (their SDLs, printed afresh unless given) into the supergraph SDL the gateway serves; composition errors are thrown together. */
export async function composeSupergraph(given?: Record<ServiceName, string>): Promise<string> {
  const subgraphSdls = given ?? (await readSubgraphSdls());
  const sdls = SERVICE_NAMES.map((name) => subgraphSdls[name]);
  const result = composeServices(SERVICE_NAMES.map((name, index) => ({ name, url: defaultSubgraphUrl(name), typeDefs: parse(sdls[index]) })));
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}
