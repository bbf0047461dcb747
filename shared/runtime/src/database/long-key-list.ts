import { In, type FindOptionsWhere, type ObjectLiteral, type Repository } from 'typeorm';

/**
 * Past this many keys, a read of a set that is small by nature (every city; the catalogue of indicators;
 * one indicator, period and breakdown, which holds one row per city) filtered in memory costs less than
 * sending the keys as an `IN` list, which MariaDB plans for longer than it takes to read the whole set
 * (test/bench/results/README.md, "What the gateway and subgraphs do for speed").
 */
export const LONG_KEY_LIST = 50;

/**
 * The rows of a small table whose `column` holds one of `keys`: by an `IN` list, or the whole table for a
 * long list (LONG_KEY_LIST), which may hold other rows too, so that the caller picks its rows by key.
 */
export function findByKeys<T extends ObjectLiteral, C extends keyof T & string>(repository: Repository<T>, column: C, keys: readonly T[C][]): Promise<T[]> {
  if (keys.length > LONG_KEY_LIST) return repository.find();
  return repository.findBy({ [column]: In([...keys]) } as FindOptionsWhere<T>);
}
