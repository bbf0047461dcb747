import type { SubgraphDefinition } from '@ugf/runtime';
import { ConferenceTask } from './conference-task.entity';
import { ConferenceTaskResolver } from './conference-task.resolver';
import { createContext, type InitiativesContext } from './context';
import { Initiative } from './initiative.entity';
import { initiativeReferenceResolvers } from './initiative.reference';
import { InitiativeResolver } from './initiative.resolver';
import { CreateInitiative1764000000000 } from './migrations/1764000000000-create-initiative';
import { seedInitiatives } from './seed';

export const initiativesSubgraph: SubgraphDefinition<InitiativesContext> = {
  name: 'initiatives',
  entities: [Initiative, ConferenceTask],
  migrations: [CreateInitiative1764000000000],
  resolvers: [InitiativeResolver, ConferenceTaskResolver],
  referenceResolvers: initiativeReferenceResolvers,
  seed: seedInitiatives,
  createContext,
};
