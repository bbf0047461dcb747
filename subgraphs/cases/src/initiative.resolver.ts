import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { pagedList, pageOf } from '@ugf/runtime';
import { CASE_PAGE, CaseConnection, CasePageArgs } from './case-connection';
import type { CasesContext } from './context';
import { Initiative } from './federated-stubs';

@Resolver(() => Initiative)
export class InitiativeCasesResolver {
  @FieldResolver(() => CaseConnection, {
    nullable: true,
    description: 'Best-practice cases that serve this initiative, newest first, a page at a time. Null (with an error) only when the cases service is unavailable.',
  })
  @Directive(pagedList(CASE_PAGE.defaultSize))
  async cases(@Root() initiative: Initiative, @Args() { first, after }: CasePageArgs, @Ctx() { loaders }: CasesContext): Promise<CaseConnection> {
    return pageOf(await loaders.casesByInitiative.load(initiative.id), first, after, CASE_PAGE);
  }
}
