import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, SERVICE_NAMES } from '@ugf/runtime';
import { composeSupergraph, readSubgraphSdls, subgraphSdlPath } from './compose';
import { DEFAULT_SUPERGRAPH_PATH } from './config';

/**
 * `npm run compose` writes gateway/supergraph.graphql and each subgraph's SDL it was composed from
 * (gateway/subgraphs/<name>.graphql); with `--check` it only reports whether they are current.
 */
async function main(): Promise<void> {
  const sdls = await readSubgraphSdls();
  const files = [{ file: DEFAULT_SUPERGRAPH_PATH, text: await composeSupergraph(sdls) }, ...SERVICE_NAMES.map((name) => ({ file: subgraphSdlPath(name), text: sdls[name] }))].map((entry) => ({
    ...entry,
    current: fs.existsSync(entry.file) ? fs.readFileSync(entry.file, 'utf8') : '',
  }));
  const stale = files.filter(({ text, current }) => text !== current);
  const shown = (file: string) => path.relative(repoRoot, file);
  if (process.argv.includes('--check')) {
    if (stale.length) {
      console.error(`${stale.map(({ file }) => shown(file)).join(', ')} out of date: run \`npm run compose\` and commit the result.`);
      process.exitCode = 1;
    } else {
      console.log('gateway/supergraph.graphql and gateway/subgraphs/ are up to date.');
    }
    return;
  }
  for (const { file, text } of stale) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  console.log(stale.length ? `Written: ${stale.map(({ file }) => shown(file)).join(', ')}.` : 'Supergraph and subgraph schemas unchanged.');
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
