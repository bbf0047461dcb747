/**
 * Past this many keys, a read of a set that is small by nature (every city; the catalogue of indicators;
 * one indicator, period and breakdown, which holds one row per city) filtered in memory costs less than
 * sending the keys as an `IN` list, which MariaDB plans for longer than it takes to read the whole set
 * (test/bench/results/README.md, "What the gateway and subgraphs do for speed").
 */
export const LONG_KEY_LIST = 50;
