import path from 'node:path';

/** The repository root, seen from the compiled `shared/runtime/dist/config` folder. */
export const repoRoot = path.resolve(__dirname, '../../../..');
