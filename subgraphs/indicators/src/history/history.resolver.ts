import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DEFAULT_REVISIONS, MAX_REVISIONS, REVISIONS_LAST, revisionsLimit, revisionsListSize } from '@ugf/runtime';
import type { IndicatorsContext } from '../context';
import { Indicator } from '../indicator.entity';
import { Target } from '../target.entity';
import { targetKey } from './history-content';
import { IndicatorRevision } from './indicator-revision.entity';
import { TargetRevision } from './target-revision.entity';

@Resolver(() => Target)
export class TargetHistoryResolver {
  @FieldResolver(() => [TargetRevision], {
    description: `The history of the target, oldest first: its latest \`last\` revisions (${DEFAULT_REVISIONS} unless asked, at most ${MAX_REVISIONS}); the creation is revision 1.`,
  })
  @Directive(revisionsListSize)
  revisions(
    @Root() target: Target,
    @Arg('last', () => Int, { defaultValue: DEFAULT_REVISIONS, description: REVISIONS_LAST }) last: number,
    @Ctx() { loaders }: IndicatorsContext,
  ): Promise<TargetRevision[]> {
    return loaders.targetRevisions.load({ key: targetKey(target), last: revisionsLimit(last) });
  }
}

@Resolver(() => Indicator)
export class IndicatorHistoryResolver {
  @FieldResolver(() => [IndicatorRevision], {
    description: `The history of the definition, oldest first: its latest \`last\` revisions (${DEFAULT_REVISIONS} unless asked, at most ${MAX_REVISIONS}); the creation is revision 1.`,
  })
  @Directive(revisionsListSize)
  revisions(
    @Root() indicator: Indicator,
    @Arg('last', () => Int, { defaultValue: DEFAULT_REVISIONS, description: REVISIONS_LAST }) last: number,
    @Ctx() { loaders }: IndicatorsContext,
  ): Promise<IndicatorRevision[]> {
    return loaders.indicatorRevisions.load({ key: indicator.code, last: revisionsLimit(last) });
  }
}
