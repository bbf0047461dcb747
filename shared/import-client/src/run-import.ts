import { DEFAULT_BATCH_SIZE, makeBatch, planBatches, type Batch } from './batches';
import type { InvalidItem, SubmitObservationsResult } from './contract';
import type { SubmitTransport } from './gateway-client';
import type { CsvRow, ParsedCsv, RejectedRow } from './read-csv';
import { submitWithRetries, type RetryNotice, type RetryPolicy } from './retry';

export interface FlaggedRow {
  line: number;
  reason: string;
}

export interface ImportSummary {
  rowsRead: number;
  /** Counts the server reported for the batches it applied in this run. */
  created: number;
  corrected: number;
  unchanged: number;
  /** Rows of replayed batches: an earlier run had applied them, nothing was written now. */
  alreadyApplied: number;
  replayedBatches: number;
  /** The server's `flagged` counts, replayed batches included. */
  flagged: number;
  flaggedRows: FlaggedRow[];
  /** Local and server rejections, in line order. */
  rejected: RejectedRow[];
  /** Valid rows the server never confirmed because the import stopped. */
  notSubmitted: number;
  stopped?: { code: string; message: string };
}

export interface ImportOptions {
  transport: SubmitTransport;
  batchSize?: number;
  retryPolicy?: RetryPolicy;
  /** Rows settled (accepted, replayed or rejected) so far, out of all rows read. */
  onProgress?: (processed: number, total: number) => void;
  onRetry?: (notice: RetryNotice) => void;
}

/**
 * Submits the valid rows in batches. A batch the server refuses for named invalid items is sent again
 * without them (under the key of its new content); any other failure that survives the retries stops the
 * import, and the summary says what was applied before it.
 */
export async function runImport(csv: ParsedCsv, options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = {
    rowsRead: csv.rowsRead,
    created: 0,
    corrected: 0,
    unchanged: 0,
    alreadyApplied: 0,
    replayedBatches: 0,
    flagged: 0,
    flaggedRows: [],
    rejected: [...csv.rejected],
    notSubmitted: 0,
  };
  let processed = csv.rejected.length;
  const settled = (rows: number) => {
    processed += rows;
    options.onProgress?.(processed, csv.rowsRead);
  };
  settled(0);

  const batches = planBatches(csv.rows, options.batchSize ?? DEFAULT_BATCH_SIZE);
  for (const [position, batch] of batches.entries()) {
    const stop = await settleBatch(batch, summary, options, settled);
    if (stop) {
      summary.stopped = { code: stop.code, message: stop.message };
      summary.notSubmitted = batches.slice(position + 1).reduce((sum, later) => sum + later.rows.length, stop.unsettledRows);
      break;
    }
  }
  summary.rejected.sort((a, b) => a.line - b.line);
  summary.flaggedRows.sort((a, b) => a.line - b.line);
  return summary;
}

/** Sends one batch, and its repaired remainders, until every row is accepted or rejected; or says why it stopped. */
async function settleBatch(
  first: Batch,
  summary: ImportSummary,
  options: ImportOptions,
  settled: (rows: number) => void,
): Promise<{ code: string; message: string; unsettledRows: number } | undefined> {
  let batch: Batch | undefined = first;
  while (batch) {
    const items = batch.rows.map((row) => row.input);
    const outcome = await submitWithRetries(options.transport, { idempotencyKey: batch.idempotencyKey, items }, options.retryPolicy, options.onRetry);
    if (outcome.kind === 'failed') return { code: outcome.code, message: outcome.message, unsettledRows: batch.rows.length };
    if (outcome.kind === 'applied') {
      record(summary, batch, outcome.result);
      settled(batch.rows.length);
      return undefined;
    }
    const reasons = reasonsByIndex(outcome.invalidItems, batch);
    if (!reasons) {
      return { code: 'BAD_RESPONSE', message: `the server rejected items that are not in the batch it was sent (${outcome.message})`, unsettledRows: batch.rows.length };
    }
    for (const [index, reason] of reasons) summary.rejected.push({ line: batch.rows[index].line, reason });
    settled(reasons.size);
    const remaining: CsvRow[] = batch.rows.filter((_, index) => !reasons.has(index));
    batch = remaining.length > 0 ? makeBatch(remaining) : undefined;
  }
  return undefined;
}

/** 0: every row accepted; 1: some rows rejected; 2: the import stopped before the end. */
export function exitCodeOf(summary: ImportSummary): 0 | 1 | 2 {
  if (summary.stopped) return 2;
  return summary.rejected.length > 0 ? 1 : 0;
}

function record(summary: ImportSummary, batch: Batch, result: SubmitObservationsResult): void {
  if (result.replayed) {
    summary.replayedBatches++;
    summary.alreadyApplied += batch.rows.length;
  } else {
    summary.created += result.created;
    summary.corrected += result.corrected;
    summary.unchanged += result.unchanged;
  }
  summary.flagged += result.flagged;
  for (const item of result.items) {
    const row = batch.rows[item.index];
    if (row && item.flagReason !== null) summary.flaggedRows.push({ line: row.line, reason: item.flagReason });
  }
}

/** Each rejected item's reasons as `field: reason`; undefined when an index is outside the batch, which would make the resubmission guesswork. */
function reasonsByIndex(items: InvalidItem[], batch: Batch): Map<number, string> | undefined {
  const reasons = new Map<number, string>();
  for (const item of items) {
    if (item.index >= batch.rows.length) return undefined;
    const reason = `${item.field}: ${item.reason}`;
    const earlier = reasons.get(item.index);
    reasons.set(item.index, earlier ? `${earlier}; ${reason}` : reason);
  }
  return reasons;
}
