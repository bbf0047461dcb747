import 'reflect-metadata';
import { createLogger, loadServiceConfig, loadSettings, openDatabase, writeTransaction } from '@ugf/runtime';
import { indicatorsSubgraph } from '../definition';
import { rebuildProgressScores } from './refresh-scores';

/**
 * `npm run scores:rebuild`: recomputes every progress score the write path keeps, from the values and targets
 * of the indicators database the subgraph is configured for (the same settings), in one transaction.
 */
async function main(): Promise<void> {
  const log = createLogger('indicators');
  const db = await openDatabase(indicatorsSubgraph, { ...loadServiceConfig('indicators', loadSettings()), seed: false }, log);
  try {
    const started = Date.now();
    await writeTransaction(db, (manager) => rebuildProgressScores(manager));
    const [{ n }] = await db.query<{ n: number | string }[]>('SELECT COUNT(*) AS n FROM progress_score');
    log.info({ rows: Number(n), seconds: (Date.now() - started) / 1000 }, 'progress scores rebuilt');
  } finally {
    await db.destroy();
  }
}

main().catch((error: Error) => {
  createLogger('indicators').fatal({ err: error }, error.message);
  process.exitCode = 1;
});
