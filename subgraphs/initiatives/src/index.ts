export { initiativesSubgraph } from './definition';
export { Initiative } from './initiative.entity';
