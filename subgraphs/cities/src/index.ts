export { citiesSubgraph } from './definition';
export { City } from './city.entity';
export { toCityRow, type CitySeed } from './seed';
