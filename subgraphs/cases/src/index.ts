export { casesSubgraph } from './definition';
export { BestPracticeCase } from './best-practice-case.entity';
export { CaseIndicator, CaseInitiative, CaseTag } from './case-links.entity';
export { likePattern } from './case-filter';
