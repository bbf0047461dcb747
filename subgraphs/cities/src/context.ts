import type { DataSource } from 'typeorm';
import { createLoaders, type CityLoaders } from './loaders';

export interface CitiesContext {
  db: DataSource;
  loaders: CityLoaders;
}

export function createContext(db: DataSource): CitiesContext {
  return { db, loaders: createLoaders(db) };
}
