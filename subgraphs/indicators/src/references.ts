import type { ReferenceResolvers } from '@ugf/runtime';
import type { IndicatorsContext } from './context';
import { caseFromRepresentation, cityFromRepresentation, initiativeRef } from './federated-stubs';

/**
 * Indicators are loaded in one batch; cities and initiatives are other
 * subgraphs' entities, so a reference to them is all this subgraph needs to resolve their fields.
 */
export const indicatorReferenceResolvers: ReferenceResolvers<IndicatorsContext> = {
  Indicator: {
    __resolveReference: (reference, { loaders }) => loaders.indicator.load(String(reference.code)),
  },
  City: { __resolveReference: (reference) => cityFromRepresentation(reference) },
  Initiative: { __resolveReference: (reference) => initiativeRef(String(reference.id)) },
  BestPracticeCase: { __resolveReference: (reference) => caseFromRepresentation(reference) },
};
