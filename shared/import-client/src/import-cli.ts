import fs from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { parseImportArgs, USAGE, UsageError, type ImportCliOptions } from './cli-options';
import { createGatewayTransport } from './gateway-client';
import { CsvFileError, readCsv, type ParsedCsv } from './read-csv';
import { formatStop, formatSummary } from './report';
import { exitCodeOf, runImport } from './run-import';

/**
 * `npm run import -- --file values.csv`: submits a CSV of indicator values through the gateway. The
 * summary goes to stdout, progress and problems to stderr; the exit code is 0, 1 (rows rejected) or 2.
 */
async function main(argv: string[]): Promise<number> {
  let options: ImportCliOptions;
  try {
    const request = parseImportArgs(argv, process.env);
    if (request.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    options = request.options;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    return 2;
  }

  let csv: ParsedCsv;
  try {
    csv = readCsv(fs.readFileSync(options.file));
  } catch (error) {
    const message = error instanceof CsvFileError ? error.message : `cannot read the file: ${(error as Error).message}`;
    process.stderr.write(`${options.file}: ${message}\n`);
    return 2;
  }
  process.stderr.write(`${csv.rowsRead} rows read, ${csv.rejected.length} rejected locally; submitting ${csv.rows.length} to ${options.gatewayUrl} in batches of ${options.batchSize}\n`);

  const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, format: '{bar} {value}/{total} rows', barsize: 30 }, Presets.shades_classic) : undefined;
  let barStarted = false;
  process.once('SIGINT', () => {
    bar?.stop(); // restores line wrapping in the terminal
    process.stderr.write('\nInterrupted. Run the same command again to continue: batches the server already applied are replayed, not written twice.\n');
    process.exit(130);
  });
  const summary = await runImport(csv, {
    transport: createGatewayTransport({ url: options.gatewayUrl, token: options.token }),
    batchSize: options.batchSize,
    onProgress: (processed, total) => {
      if (!bar) return;
      if (barStarted) bar.update(processed);
      else bar.start(total, processed);
      barStarted = true;
    },
    onRetry: (notice) => {
      // On its own line: the bar redraws itself below at its next update.
      process.stderr.write(`${bar ? '\n' : ''}${notice.code}: ${notice.message}; retry ${notice.retry} of ${notice.of} in ${notice.delayMs} ms\n`);
    },
  });
  bar?.stop();

  process.stdout.write(formatSummary(summary));
  process.stderr.write(formatStop(summary));
  return exitCodeOf(summary);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exitCode = 2;
  },
);
