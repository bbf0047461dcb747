import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { BestPracticeCase } from '../best-practice-case.entity';
import type { CasesContext } from '../context';
import { CaseContentInput, NewCaseInput } from './case-input.types';
import { submitCase, updateCase } from './edit-case';

@Resolver(() => BestPracticeCase)
export class CaseEditingResolver {
  @Mutation(() => BestPracticeCase, {
    description: 'Add a best-practice case (city_editor for their own city, or admin). Invalid input is BAD_USER_INPUT with `extensions.invalidFields`; nothing is written.',
  })
  submitCase(@Arg('input', () => NewCaseInput) input: NewCaseInput, @Ctx() { db, identity }: CasesContext): Promise<BestPracticeCase> {
    return submitCase(db, identity, input);
  }

  @Mutation(() => BestPracticeCase, {
    description: "Change a case (city_editor of the case's city, or admin): only the given fields change; a given list replaces the old one. NOT_FOUND for an unknown id.",
  })
  updateCase(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CaseContentInput) input: CaseContentInput,
    @Ctx() { db, identity }: CasesContext,
  ): Promise<BestPracticeCase> {
    return updateCase(db, identity, id, input);
  }
}
