import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ConstDirectiveNode } from 'graphql';
import { repoRoot } from '@ugf/runtime';

export const supergraphPath = path.join(repoRoot, 'gateway', 'supergraph.graphql');

const argument = (directive: ConstDirectiveNode, name: string) => {
  const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
};

/** The subgraphs named in the committed supergraph (`enum join__Graph`), with the URLs it records. */
export function supergraphSubgraphs(): { name: string; url: string }[] {
  const document = parse(fs.readFileSync(supergraphPath, 'utf8'));
  const graphs = document.definitions.find((definition) => definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph');
  if (graphs?.kind !== Kind.ENUM_TYPE_DEFINITION) throw new Error('the supergraph has no join__Graph enum');
  return (graphs.values ?? []).map((value) => {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph');
    if (!directive) throw new Error(`join__Graph.${value.name.value} has no @join__graph`);
    return { name: argument(directive, 'name') ?? '', url: argument(directive, 'url') ?? '' };
  });
}
