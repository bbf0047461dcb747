import type { SubgraphDefinition } from '@ugf/runtime';
import { BestPracticeCase } from './best-practice-case.entity';
import { BestPracticeCaseResolver } from './best-practice-case.resolver';
import { CaseIndicator, CaseInitiative, CaseTag } from './case-links.entity';
import { CityCasesResolver } from './city.resolver';
import { createContext, type CasesContext } from './context';
import { CaseEditingResolver } from './editing/case-editing.resolver';
import { City, Initiative } from './federated-stubs';
import { InitiativeCasesResolver } from './initiative.resolver';
import { CaseHistoryResolver } from './history/case-history.resolver';
import { CaseRevision } from './history/case-revision.entity';
import { CreateCaseTables1764000000000 } from './migrations/1764000000000-create-case-tables';
import { AddCaseRevisions1764400000000 } from './migrations/1764400000000-add-case-revisions';
import { caseReferenceResolvers } from './references';
import { seedCases } from './seed';

export const casesSubgraph: SubgraphDefinition<CasesContext> = {
  name: 'cases',
  entities: [BestPracticeCase, CaseInitiative, CaseIndicator, CaseTag, CaseRevision],
  migrations: [CreateCaseTables1764000000000, AddCaseRevisions1764400000000],
  resolvers: [BestPracticeCaseResolver, CityCasesResolver, InitiativeCasesResolver, CaseEditingResolver, CaseHistoryResolver],
  orphanedTypes: [City, Initiative],
  referenceResolvers: caseReferenceResolvers,
  seed: seedCases,
  createContext,
};
