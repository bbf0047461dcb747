import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BestPracticeCase } from './best-practice-case.entity';
import type { CasesContext } from './context';
import { City } from './federated-stubs';

@Resolver(() => City)
export class CityCasesResolver {
  @FieldResolver(() => [BestPracticeCase], { nullable: true, description: "The city's best-practice cases, newest first. Null (with an error) only when the cases service is unavailable." })
  cases(@Root() city: City, @Ctx() { loaders }: CasesContext): Promise<BestPracticeCase[]> {
    return loaders.casesByCity.load(city.id);
  }
}
