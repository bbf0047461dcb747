import type { DataSource } from 'typeorm';
import { createLoaders, type InitiativeLoaders } from './loaders';

export interface InitiativesContext {
  db: DataSource;
  loaders: InitiativeLoaders;
}

export function createContext(db: DataSource): InitiativesContext {
  return { db, loaders: createLoaders(db) };
}
