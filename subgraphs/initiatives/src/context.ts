import type { DataSource } from 'typeorm';
import type { Identity } from '@ugf/runtime';
import { createLoaders, type InitiativeLoaders } from './loaders';

export interface InitiativesContext {
  db: DataSource;
  /** The verified caller (anonymous without a token). */
  identity: Identity;
  loaders: InitiativeLoaders;
}

export function createContext(db: DataSource, identity: Identity): InitiativesContext {
  return { db, identity, loaders: createLoaders(db) };
}
