import type { DataSource } from 'typeorm';
import type { Identity } from '@ugf/runtime';
import { createLoaders, type CityLoaders } from './loaders';

export interface CitiesContext {
  db: DataSource;
  /** The verified caller (anonymous without a token). */
  identity: Identity;
  loaders: CityLoaders;
}

export function createContext(db: DataSource, identity: Identity): CitiesContext {
  return { db, identity, loaders: createLoaders(db) };
}
