import type { ReferenceResolvers } from '@ugf/runtime';
import type { CitiesContext } from './context';

/** Other subgraphs refer to a city by `{ id }`; the gateway's batch of references becomes one query. */
export const cityReferenceResolvers: ReferenceResolvers<CitiesContext> = {
  City: {
    __resolveReference: (reference, { loaders }) => loaders.city.load(String(reference.id)),
  },
};
