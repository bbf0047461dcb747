import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
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
    description:
      "Change a case (city_editor of the case's city, or admin): only the given fields change; a given list replaces the old one. NOT_FOUND for an unknown id. `expectedRevision` (required) is the `revision` the change is based on: when the case is at another revision now, the answer is CONFLICT and nothing is written. A change adds a revision (see `revisions`); a change that changes nothing adds none.",
  })
  updateCase(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CaseContentInput) input: CaseContentInput,
    @Arg('expectedRevision', () => Int, { nullable: true, description: 'The revision of the case the change is based on; required (BAD_USER_INPUT without it).' })
    expectedRevision: number | null,
    @Ctx() { db, identity }: CasesContext,
  ): Promise<BestPracticeCase> {
    return updateCase(db, identity, id, input, expectedRevision);
  }
}
