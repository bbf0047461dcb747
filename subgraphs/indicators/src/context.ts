import type { DataSource } from 'typeorm';
import { createLoaders, type IndicatorLoaders } from './loaders';

export interface IndicatorsContext {
  db: DataSource;
  loaders: IndicatorLoaders;
}

export function createContext(db: DataSource): IndicatorsContext {
  return { db, loaders: createLoaders(db) };
}
