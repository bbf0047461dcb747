import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { oneByKey } from '@ugf/runtime';
import { City } from './city.entity';

export interface CityLoaders {
  city: DataLoader<string, City | null>;
  /** Every city, loaded at most once per request (key: 'all'), e.g. to find peers. */
  allCities: DataLoader<'all', City[]>;
}

/** One `SELECT … WHERE id IN (…)` per request for all the cities a query touches. */
export function createLoaders(db: DataSource): CityLoaders {
  const cities = db.getRepository(City);
  return {
    city: new DataLoader(async (ids) => oneByKey(ids, await cities.findBy({ id: In([...ids]) }), (city) => city.id)),
    allCities: new DataLoader(async (keys) => {
      const all = await cities.find({ order: { id: 'ASC' } });
      return keys.map(() => all);
    }),
  };
}
