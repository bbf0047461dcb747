import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BestPracticeCase } from './best-practice-case.entity';
import type { CasesContext } from './context';
import { Initiative } from './federated-stubs';

@Resolver(() => Initiative)
export class InitiativeCasesResolver {
  @FieldResolver(() => [BestPracticeCase], { nullable: true, description: 'Best-practice cases that serve this initiative, newest first. Null (with an error) only when the cases service is unavailable.' })
  cases(@Root() initiative: Initiative, @Ctx() { loaders }: CasesContext): Promise<BestPracticeCase[]> {
    return loaders.casesByInitiative.load(initiative.id);
  }
}
