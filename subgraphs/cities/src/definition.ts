import type { SubgraphDefinition } from '@ugf/runtime';
import { City } from './city.entity';
import { cityReferenceResolvers } from './city.reference';
import { CityResolver } from './city.resolver';
import { createContext, type CitiesContext } from './context';
import { CreateCity1764000000000 } from './migrations/1764000000000-create-city';
import { AddCityLocation1765000000000 } from './migrations/1765000000000-add-city-location';
import { seedCities } from './seed';

export const citiesSubgraph: SubgraphDefinition<CitiesContext> = {
  name: 'cities',
  entities: [City],
  migrations: [CreateCity1764000000000, AddCityLocation1765000000000],
  resolvers: [CityResolver],
  referenceResolvers: cityReferenceResolvers,
  seed: seedCities,
  createContext,
};
