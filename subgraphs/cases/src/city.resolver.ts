import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BestPracticeCase } from './best-practice-case.entity';
import type { CasesContext } from './context';
import { City } from './federated-stubs';

@Resolver(() => City)
export class CityCasesResolver {
  @FieldResolver(() => [BestPracticeCase], { description: "The city's best-practice cases, newest first." })
  cases(@Root() city: City, @Ctx() { loaders }: CasesContext): Promise<BestPracticeCase[]> {
    return loaders.casesByCity.load(city.id);
  }
}
