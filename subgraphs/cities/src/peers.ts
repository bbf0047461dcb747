import type { City } from './city.entity';

/** How much larger or smaller a city may be and still count as a peer of a city in its region. */
export const PEER_POPULATION_FACTOR = 2;
export const MAX_PEERS = 8;

const sizeDistance = (a: City, b: City) => Math.abs(Math.log(a.population / b.population));

/**
 * A city's peers: the other cities of the same administrative level, and the cities of the same region
 * whose population is within a factor of two; closest in population first, at most eight.
 */
export function peersOf(city: City, all: readonly City[]): City[] {
  return all
    .filter((other) => other.id !== city.id)
    .filter((other) => other.adminLevel === city.adminLevel || (other.region === city.region && sizeDistance(city, other) <= Math.log(PEER_POPULATION_FACTOR)))
    .sort((a, b) => sizeDistance(city, a) - sizeDistance(city, b) || a.id.localeCompare(b.id))
    .slice(0, MAX_PEERS);
}
