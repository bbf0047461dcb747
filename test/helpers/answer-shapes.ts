/** The answer to `{ city(id: …) { observations(…) { nodes { … } } } }`, nodes of the shape `N` selects. */
export type CityObservations<N> = { city: { observations: { nodes: N[] } } };
