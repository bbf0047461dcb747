import type { Floor } from './floor-db';
import { cityDashboard } from './w1-city-dashboard';
import { ranking } from './w2-ranking';
import { compactComparison, comparison } from './w3-comparison';
import { declarationIndex } from './w4-declaration-index';
import { catalogue } from './w5-catalogue';
import { indicatorList } from './w7-indicator-list';

/**
 * The floor of each read workload: the same answer as the gateway's, from one prepared statement per table
 * read straight from the services' databases and built in this process, with no GraphQL and no HTTP.
 */
export const FLOORS: Record<string, Floor> = { W1: cityDashboard, W2: ranking, W3: comparison, W3c: compactComparison, W4: declarationIndex, W5: catalogue, W7: indicatorList };
