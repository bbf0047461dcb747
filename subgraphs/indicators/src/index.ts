export { indicatorsSubgraph } from './definition';
export { Indicator } from './indicator.entity';
export { Observation } from './observation.entity';
export { ObservationRevision } from './observation-revision.entity';
export { Target } from './target.entity';
export * from './indicator.enums';
export * from './period';
export { syntheticSeries, type SampleProfile, type SampleCity } from './seed/synthetic-series';
export { SAMPLE_YEARS, SYNTHETIC_SOURCE } from './seed/seed';
