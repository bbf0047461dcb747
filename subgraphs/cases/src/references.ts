import type { ReferenceResolvers } from '@ugf/runtime';
import type { CasesContext } from './context';
import { cityRef, initiativeRef } from './federated-stubs';

export const caseReferenceResolvers: ReferenceResolvers<CasesContext> = {
  BestPracticeCase: {
    __resolveReference: (reference, { loaders }) => loaders.case.load(String(reference.id)),
  },
  City: { __resolveReference: (reference) => cityRef(String(reference.id)) },
  Initiative: { __resolveReference: (reference) => initiativeRef(String(reference.id)) },
};
