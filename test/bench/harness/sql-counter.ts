import { SERVICE_NAMES } from '@ugf/runtime';
import { type RunningStack } from '@ugf/tools';

/** SQL statements run by all subgraphs so far (their `/stats/sql`, enabled with EXPOSE_SQL_STATS). */
export async function sqlStatements(stack: RunningStack): Promise<number> {
  let total = 0;
  for (const name of SERVICE_NAMES) {
    const response = await fetch(`http://127.0.0.1:${stack.ports[name]}/stats/sql`);
    total += ((await response.json()) as { statements: number }).statements;
  }
  return total;
}
