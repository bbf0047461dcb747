import type { ReferenceResolvers } from '@ugf/runtime';
import type { InitiativesContext } from './context';

export const initiativeReferenceResolvers: ReferenceResolvers<InitiativesContext> = {
  Initiative: {
    __resolveReference: (reference, { loaders }) => loaders.initiative.load(String(reference.id)),
  },
};
