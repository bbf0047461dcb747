import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { pagedList, pageOf } from '@ugf/runtime';
import { CASE_PAGE, CaseConnection, CasePageArgs } from './case-connection';
import type { CasesContext } from './context';
import { City } from './federated-stubs';

@Resolver(() => City)
export class CityCasesResolver {
  @FieldResolver(() => CaseConnection, {
    nullable: true,
    description: "The city's best-practice cases, newest first, a page at a time. Null (with an error) only when the cases service is unavailable.",
  })
  @Directive(pagedList(CASE_PAGE.defaultSize))
  async cases(@Root() city: City, @Args() { first, after }: CasePageArgs, @Ctx() { loaders }: CasesContext): Promise<CaseConnection> {
    return pageOf(await loaders.casesByCity.load(city.id), first, after, CASE_PAGE);
  }
}
