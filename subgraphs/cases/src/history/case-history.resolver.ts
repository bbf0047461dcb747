import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DEFAULT_REVISIONS, MAX_REVISIONS, revisionsLimit } from '@ugf/shared';
import { BestPracticeCase } from '../best-practice-case.entity';
import type { CasesContext } from '../context';
import { CaseRevision } from './case-revision.entity';

@Resolver(() => BestPracticeCase)
export class CaseHistoryResolver {
  @FieldResolver(() => [CaseRevision], { description: `The history of the case, newest revision first: the creation is revision 1. \`first\` is ${DEFAULT_REVISIONS} unless given, at most ${MAX_REVISIONS}.` })
  revisions(
    @Root() bestPracticeCase: BestPracticeCase,
    @Arg('first', () => Int, { nullable: true, description: `How many of the newest revisions, 1 to ${MAX_REVISIONS}; default ${DEFAULT_REVISIONS}.` }) first: number | null,
    @Ctx() { loaders }: CasesContext,
  ): Promise<CaseRevision[]> {
    return loaders.caseRevisions.load({ key: bestPracticeCase.id, first: revisionsLimit(first) });
  }
}
