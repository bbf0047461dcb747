import type { DataSource } from 'typeorm';
import { createLoaders, type CaseLoaders } from './loaders';

export interface CasesContext {
  db: DataSource;
  loaders: CaseLoaders;
}

export function createContext(db: DataSource): CasesContext {
  return { db, loaders: createLoaders(db) };
}
