import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DEFAULT_REVISIONS, MAX_REVISIONS, REVISIONS_LAST, revisionsLimit, revisionsListSize } from '@ugf/runtime';
import { BestPracticeCase } from '../best-practice-case.entity';
import type { CasesContext } from '../context';
import { CaseRevision } from './case-revision.entity';

@Resolver(() => BestPracticeCase)
export class CaseHistoryResolver {
  @FieldResolver(() => [CaseRevision], {
    description: `The history of the case, oldest first: its latest \`last\` revisions (${DEFAULT_REVISIONS} unless asked, at most ${MAX_REVISIONS}); the creation is revision 1.`,
  })
  @Directive(revisionsListSize)
  revisions(
    @Root() bestPracticeCase: BestPracticeCase,
    @Arg('last', () => Int, { defaultValue: DEFAULT_REVISIONS, description: REVISIONS_LAST }) last: number,
    @Ctx() { loaders }: CasesContext,
  ): Promise<CaseRevision[]> {
    return loaders.caseRevisions.load({ key: bestPracticeCase.id, last: revisionsLimit(last) });
  }
}
