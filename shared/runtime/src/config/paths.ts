import path from 'node:path';

/** The repository root, seen from the compiled `shared/runtime/dist/config` folder. */
export const repoRoot = path.resolve(__dirname, '../../../..');

export function seedsDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.SEEDS_DIR ?? path.join(repoRoot, 'seeds'));
}

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DATA_DIR ?? path.join(repoRoot, 'data'));
}
