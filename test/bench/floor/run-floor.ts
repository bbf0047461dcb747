import { loadResult, type LoadResult } from '../harness/run-load';
import type { Floor, FloorDb } from './floor-db';

/**
 * Runs `floor` in `loops` concurrent loops for `seconds` in this process, timing every answer; a failed
 * answer is an error. Also returns the SQL statements it ran.
 */
export async function runFloor(floor: Floor, db: FloorDb, variables: Record<string, unknown>, loops: number, seconds: number): Promise<LoadResult & { statements: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const statementsBefore = db.statements;
  const started = performance.now();
  const end = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const sent = performance.now();
      try {
        await floor(db, variables);
        latencies.push(performance.now() - sent);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: loops }, loop));
  const elapsed = (performance.now() - started) / 1000;
  return { ...loadResult(latencies, latencies.length + errors, elapsed, errors), statements: db.statements - statementsBefore };
}
