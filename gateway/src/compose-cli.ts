import fs from 'node:fs';
import { composeSupergraph } from './compose';
import { DEFAULT_SUPERGRAPH_PATH } from './config';

/** `npm run compose` writes gateway/supergraph.graphql; with `--check` it only reports whether it is current. */
async function main(): Promise<void> {
  const supergraph = await composeSupergraph();
  const current = fs.existsSync(DEFAULT_SUPERGRAPH_PATH) ? fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== supergraph) {
      console.error('gateway/supergraph.graphql is out of date: run `npm run compose` and commit the result.');
      process.exitCode = 1;
    } else {
      console.log('gateway/supergraph.graphql is up to date.');
    }
    return;
  }
  fs.writeFileSync(DEFAULT_SUPERGRAPH_PATH, supergraph);
  console.log(current === supergraph ? 'Supergraph unchanged.' : `Supergraph written to ${DEFAULT_SUPERGRAPH_PATH}.`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
