import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { oneByKey } from '@ugf/shared';
import { City } from './city.entity';

export interface CityLoaders {
  city: DataLoader<string, City | null>;
}

/** One `SELECT … WHERE id IN (…)` per request for all the cities a query touches. */
export function createLoaders(db: DataSource): CityLoaders {
  const cities = db.getRepository(City);
  return {
    city: new DataLoader(async (ids) => oneByKey(ids, await cities.findBy({ id: In([...ids]) }), (city) => city.id)),
  };
}
