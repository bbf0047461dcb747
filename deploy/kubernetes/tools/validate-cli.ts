import fs from 'node:fs';
import path from 'node:path';
import { renderKustomization } from './render-kustomization';
import { validateObjects } from './validate-objects';

/** Every overlay folder under deploy/kubernetes/overlays, as a path. */
export function overlayFolders(kubernetesFolder: string): string[] {
  const overlays = path.join(kubernetesFolder, 'overlays');
  return fs
    .readdirSync(overlays, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(overlays, entry.name));
}

/** `npm run validate:k8s`: renders each overlay and validates every object; exit code 1 on any problem. */
function main(): void {
  const kubernetesFolder = path.resolve(__dirname, '..', '..', '..', 'kubernetes');
  let problems = 0;
  for (const folder of overlayFolders(kubernetesFolder)) {
    const objects = renderKustomization(folder);
    const messages = validateObjects(objects);
    problems += messages.length;
    const label = path.relative(process.cwd(), folder);
    console.log(`${label}: ${objects.length} objects, ${messages.length === 0 ? 'all valid' : `${messages.length} invalid`}`);
    for (const message of messages) console.log(`  ${message}`);
  }
  if (problems > 0) process.exitCode = 1;
}

if (require.main === module) main();
