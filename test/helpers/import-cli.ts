import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@ugf/runtime';
import type { TestStack } from './test-stack';

const run = promisify(execFile);
const CLI = path.join(repoRoot, 'shared', 'import-client', 'dist', 'import-cli.js');

/** Runs `npm run import`'s program on a file against the stack's gateway, as a data team would: its exit code and what it printed. */
export async function importFile(system: TestStack, file: string, token: string): Promise<{ code: number; stdout: string }> {
  return run(process.execPath, [CLI, '--file', file, '--gateway', system.stack.gatewayUrl], { env: { ...process.env, UGF_TOKEN: token } }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: `${error.stdout}${error.stderr}` }),
  );
}
