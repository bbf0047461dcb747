import type { ReferenceResolvers } from '@ugf/shared';
import type { IndicatorsContext } from './context';
import { caseFromRepresentation, cityFromRepresentation, initiativeRef } from './federated-stubs';

/**
 * Indicators and observations are loaded in one batch per type; cities and initiatives are other
 * subgraphs' entities, so a reference to them is all this subgraph needs to resolve their fields.
 */
export const indicatorReferenceResolvers: ReferenceResolvers<IndicatorsContext> = {
  Indicator: {
    __resolveReference: (reference, { loaders }) => loaders.indicator.load(String(reference.code)),
  },
  Observation: {
    __resolveReference: (reference, { loaders }) => loaders.observation.load(Number(reference.id)),
  },
  City: { __resolveReference: (reference) => cityFromRepresentation(reference) },
  Initiative: { __resolveReference: (reference) => initiativeRef(String(reference.id)) },
  BestPracticeCase: { __resolveReference: (reference) => caseFromRepresentation(reference) },
};
