import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { findByKeys, oneByKey } from '@ugf/runtime';
import { City } from './city.entity';

export interface CityLoaders {
  city: DataLoader<string, City | null>;
  /** Every city, loaded at most once per request (key: 'all'), e.g. to find peers. */
  allCities: DataLoader<'all', City[]>;
}

/** One `SELECT` per request for all the cities a query touches (findByKeys: every city for a long list). */
export function createLoaders(db: DataSource): CityLoaders {
  const cities = db.getRepository(City);
  return {
    city: new DataLoader(async (ids) => oneByKey(ids, await findByKeys(cities, 'id', ids), (city) => city.id)),
    allCities: new DataLoader(async (keys) => {
      const all = await cities.find({ order: { id: 'ASC' } });
      return keys.map(() => all);
    }),
  };
}
