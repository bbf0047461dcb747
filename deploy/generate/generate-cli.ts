import fs from 'node:fs';
import path from 'node:path';
import { staleFiles } from './generated-files';

/** `npm run generate:manifests` rewrites the files that follow from the service manifest and the settings' schema; `-- --check` only lists the stale ones. */
function main(): void {
  const root = path.resolve(__dirname, '..', '..', '..');
  const stale = staleFiles(root);
  if (process.argv.includes('--check')) {
    for (const { file } of stale) console.error(`${file} is out of date: run \`npm run generate:manifests\` and commit the result.`);
    if (stale.length > 0) process.exitCode = 1;
    else console.log("Every file generated from the service manifest and the settings' schema is up to date.");
    return;
  }
  for (const { file, expected } of stale) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), expected);
    console.log(`wrote ${file}`);
  }
  if (stale.length === 0) console.log("Every file generated from the service manifest and the settings' schema was already up to date.");
}

main();
