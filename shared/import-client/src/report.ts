import type { ImportSummary } from './run-import';

const HINTS: Record<string, string> = {
  UNAUTHENTICATED: 'The token is missing, expired or invalid: check --token or UGF_TOKEN.',
  FORBIDDEN: 'The token may not submit some rows of this file (a city_editor only for their own city): remove them or use another token.',
  NETWORK: 'Check --gateway (or GATEWAY_URL) and that the gateway is running.',
  TIMEOUT: 'The gateway is slow or stuck; a smaller --batch-size may help.',
};

/** The summary for stdout: counts first, then every flagged and every rejected row by line. */
export function formatSummary(summary: ImportSummary): string {
  const accepted = summary.created + summary.corrected + summary.unchanged + summary.alreadyApplied;
  const counts: [string, string][] = [
    ['Rows read', `${summary.rowsRead}`],
    ['Accepted', `${accepted} (created ${summary.created}, corrected ${summary.corrected}, unchanged ${summary.unchanged}, already applied ${summary.alreadyApplied})`],
    ['Flagged for review', `${summary.flagged}`],
    ['Replayed batches', `${summary.replayedBatches}`],
    ['Rejected', `${summary.rejected.length}`],
  ];
  if (summary.stopped) counts.push(['Not submitted', `${summary.notSubmitted}`]);
  const lines = counts.map(([label, value]) => `${`${label}:`.padEnd(20)}${value}`);
  if (summary.flaggedRows.length > 0) {
    lines.push('', 'Flagged for review (accepted, to be checked):', ...summary.flaggedRows.map((row) => `  line ${row.line}: ${row.reason}`));
  }
  if (summary.rejected.length > 0) {
    lines.push('', 'Rejected (not imported):', ...summary.rejected.map((row) => `  line ${row.line}: ${row.reason}`));
  }
  return `${lines.join('\n')}\n`;
}

/** Why the import stopped, for stderr, and how to continue. */
export function formatStop(summary: ImportSummary): string {
  if (!summary.stopped) return '';
  const { code, message } = summary.stopped;
  const hint = HINTS[code] ?? (/^HTTP_5|^SERVICE_UNAVAILABLE$/.test(code) ? HINTS.NETWORK : undefined);
  return (
    [
      `Import stopped: ${code}: ${message}`,
      ...(hint ? [hint] : []),
      `${summary.notSubmitted} rows were not submitted. Once the cause is fixed, run the command again: with the same file and --batch-size, the batches already applied are replayed, not written twice.`,
    ].join('\n') + '\n'
  );
}
