import type { DataSource } from 'typeorm';
import type { Identity } from '@ugf/runtime';
import { createLoaders, type IndicatorLoaders } from './loaders';

export interface IndicatorsContext {
  db: DataSource;
  /** The verified caller (anonymous without a token). */
  identity: Identity;
  loaders: IndicatorLoaders;
}

export function createContext(db: DataSource, identity: Identity): IndicatorsContext {
  return { db, identity, loaders: createLoaders(db) };
}
