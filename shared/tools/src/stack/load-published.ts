import fs from 'node:fs';
import { loadAuthConfig, Role, signDevToken, type Settings } from '@ugf/runtime';
import { createGatewayTransport, readCsv, runImport } from '@ugf/import-client';
import { PUBLISHED_OBSERVATIONS } from '../seeds/published/published-rows';

/** The development admin the published values are imported as: each gets an author and a revision like any submission. */
export const PUBLISHED_DATA_AUTHOR = 'published-data';

/**
 * Imports the published data set through the running gateway, as `npm run import` does (a second start
 * replays the same batch and writes nothing). Returns one line for the console.
 */
export async function loadPublishedData(gatewayUrl: string, settings: Settings): Promise<string> {
  const auth = loadAuthConfig(settings);
  if (auth.oidcIssuerUrl || !auth.jwtSecret) return 'Published data not imported: the services take tokens of an identity provider only; run npm run import with one.';
  const token = await signDevToken(auth.jwtSecret, { sub: PUBLISHED_DATA_AUTHOR, role: Role.ADMIN }, '10m');
  const csv = readCsv(fs.readFileSync(PUBLISHED_OBSERVATIONS));
  const summary = await runImport(csv, { transport: createGatewayTransport({ url: gatewayUrl, token }) });
  if (summary.stopped || summary.rejected.length > 0) {
    const why = summary.stopped ? `${summary.stopped.code}: ${summary.stopped.message}` : `line ${summary.rejected[0].line}: ${summary.rejected[0].reason}`;
    return `Published data: ${summary.rejected.length} of ${summary.rowsRead} rows rejected or the import stopped (${why}).`;
  }
  const written = summary.created + summary.corrected;
  return `Published data: ${summary.rowsRead} values of seeds/published (${written} written, ${summary.unchanged + summary.alreadyApplied} already there).`;
}
