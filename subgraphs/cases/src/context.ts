import type { DataSource } from 'typeorm';
import type { Identity } from '@ugf/runtime';
import { createLoaders, type CaseLoaders } from './loaders';

export interface CasesContext {
  db: DataSource;
  /** The verified caller (anonymous without a token). */
  identity: Identity;
  loaders: CaseLoaders;
}

export function createContext(db: DataSource, identity: Identity): CasesContext {
  return { db, identity, loaders: createLoaders(db) };
}
