import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE } from './batches';
import { DEFAULT_GATEWAY_URL, importSettingsSchema } from './import-settings';

export const USAGE = `Usage: npm run import -- --file <values.csv> [--token <token>] [--gateway <url>] [--batch-size <n>]

Imports indicator values from a CSV file through the gateway.
Columns (header on line 1, any order): city_id,indicator_code,period,value,source,note,expected_revision
(note, expected_revision and the breakdown, attribute and citation columns of docs/data-teams.md
optional). A row that corrects a value needs a note, and should give in expected_revision the revision it corrects (as read in the dashboard or the API): when the value has
been changed since, the row is rejected instead of overwriting that change. See docs/history-and-concurrency.md.

  -f, --file <path>      the CSV file, UTF-8
      --token <token>    bearer token; default $UGF_TOKEN (prefer the variable: a command line is visible to other users)
      --gateway <url>    default $GATEWAY_URL or ${DEFAULT_GATEWAY_URL}
      --batch-size <n>   rows per request, 1 to ${MAX_BATCH_SIZE}; default ${DEFAULT_BATCH_SIZE}
  -h, --help             this text

Exit codes: 0 every row imported, 1 some rows rejected, 2 usage error or import stopped.
`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ImportCliOptions {
  /** Absolute path. */
  file: string;
  token: string;
  gatewayUrl: string;
  batchSize: number;
}

export type ImportCliRequest = { help: true } | { help: false; options: ImportCliOptions };

/**
 * Reads the command line and the environment; throws UsageError with the problem. A relative --file is
 * resolved against INIT_CWD, the folder `npm run` was started from, since npm runs scripts at the root.
 */
export function parseImportArgs(argv: string[], env: NodeJS.ProcessEnv, cwd: string = process.cwd()): ImportCliRequest {
  let values: { file?: string; token?: string; gateway?: string; 'batch-size'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        file: { type: 'string', short: 'f' },
        token: { type: 'string' },
        gateway: { type: 'string' },
        'batch-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { help: true };

  const file = values.file?.trim();
  if (!file) throw new UsageError('--file is required');
  const settings = importSettingsSchema.parse(env);
  const token = values.token?.trim() || settings.UGF_TOKEN;
  if (!token) throw new UsageError('a token is required: set UGF_TOKEN or pass --token');
  return {
    help: false,
    options: {
      file: path.resolve(settings.INIT_CWD ?? cwd, file),
      token,
      gatewayUrl: gatewayUrlOf(values.gateway?.trim() || settings.GATEWAY_URL),
      batchSize: batchSizeOf(values['batch-size']),
    },
  };
}

function gatewayUrlOf(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--gateway must be a URL such as ${DEFAULT_GATEWAY_URL}, got "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--gateway must be an http or https URL, got "${text}"`);
  return url.href;
}

function batchSizeOf(text: string | undefined): number {
  if (text === undefined) return DEFAULT_BATCH_SIZE;
  const size = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isInteger(size) || size < 1 || size > MAX_BATCH_SIZE) {
    throw new UsageError(`--batch-size must be a whole number from 1 to ${MAX_BATCH_SIZE}, got "${text}"`);
  }
  return size;
}
