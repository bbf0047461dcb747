import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { boundedList, LIST_SIZE } from '@ugf/runtime';
import type { IndicatorsContext } from '../context';
import { BestPracticeCase } from '../federated-stubs';
import { CaseImpact } from './analytics.types';
import { caseImpact } from './case-impact';
import { IncludeSampleArg } from './include-sample';
import { AsOfArg, checkAsOf } from '../as-of/as-of-arg';

@Resolver(() => BestPracticeCase)
export class CaseImpactResolver {
  @Directive('@requires(fields: "year city { id peers { id } } indicators { code }")')
  @Directive(boundedList(LIST_SIZE.perCase))
  @FieldResolver(() => [CaseImpact], {
    nullable: true,
    description:
      "Whether the practice moved the needle: for each indicator it aims to move, the city's change from the case year to the latest period against the median change of the city's peers over the same periods.",
  })
  impact(@Root() bestPracticeCase: BestPracticeCase, @Ctx() context: IndicatorsContext, @IncludeSampleArg() includeSample: boolean, @AsOfArg() asOf?: Date | null): Promise<CaseImpact[] | null> {
    return caseImpact(context, bestPracticeCase, { includeSample }, checkAsOf(asOf));
  }
}
