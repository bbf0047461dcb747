import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DEFAULT_REVISIONS, MAX_REVISIONS, revisionsLimit } from '@ugf/shared';
import type { IndicatorsContext } from '../context';
import { Indicator } from '../indicator.entity';
import { Target } from '../target.entity';
import { targetKey } from './history-content';
import { IndicatorRevision } from './indicator-revision.entity';
import { TargetRevision } from './target-revision.entity';

const FIRST = `How many of the newest revisions, 1 to ${MAX_REVISIONS}; default ${DEFAULT_REVISIONS}.`;

@Resolver(() => Target)
export class TargetHistoryResolver {
  @FieldResolver(() => [TargetRevision], { description: `The history of the target, newest revision first: the creation is revision 1. \`first\` is ${DEFAULT_REVISIONS} unless given, at most ${MAX_REVISIONS}.` })
  revisions(@Root() target: Target, @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null, @Ctx() { loaders }: IndicatorsContext): Promise<TargetRevision[]> {
    return loaders.targetRevisions.load({ key: targetKey(target), first: revisionsLimit(first) });
  }
}

@Resolver(() => Indicator)
export class IndicatorHistoryResolver {
  @FieldResolver(() => [IndicatorRevision], { description: `The history of the definition, newest revision first: the creation is revision 1. \`first\` is ${DEFAULT_REVISIONS} unless given, at most ${MAX_REVISIONS}.` })
  revisions(@Root() indicator: Indicator, @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null, @Ctx() { loaders }: IndicatorsContext): Promise<IndicatorRevision[]> {
    return loaders.indicatorRevisions.load({ key: indicator.code, first: revisionsLimit(first) });
  }
}
