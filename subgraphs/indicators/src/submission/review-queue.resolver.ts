import { Arg, Ctx, Directive, ID, Int, Query, Resolver } from 'type-graphql';
import { pagedList } from '@ugf/runtime';
import type { IndicatorsContext } from '../context';
import { PeriodScalar } from '../period.scalar';
import { reviewQueue } from './review-queue';
import { DEFAULT_REVIEW_PAGE, MAX_REVIEW_PAGE, ReviewQueue } from './review-queue.types';

@Resolver(() => ReviewQueue)
export class ReviewQueueResolver {
  @Query(() => ReviewQueue, {
    description: `The values awaiting review (PROVISIONAL; sample values, which are never verified, left out), oldest first, for verifiers and admins; optionally of one city, indicator or period, or only the flagged ones. Pages of \`first\` items (default ${DEFAULT_REVIEW_PAGE}, at most ${MAX_REVIEW_PAGE}); pass \`endCursor\` as \`after\` for the next page.`,
  })
  @Directive(pagedList(DEFAULT_REVIEW_PAGE))
  reviewQueue(
    @Ctx() { db, identity }: IndicatorsContext,
    @Arg('cityId', () => ID, { nullable: true }) cityId?: string,
    @Arg('indicatorCode', () => ID, { nullable: true }) indicatorCode?: string,
    @Arg('period', () => PeriodScalar, { nullable: true }) period?: string,
    @Arg('flaggedOnly', () => Boolean, { nullable: true, description: 'Only values flagged as an implausible jump.' }) flaggedOnly?: boolean,
    @Arg('first', () => Int, { nullable: true, description: `Items per page, 1 to ${MAX_REVIEW_PAGE} (default ${DEFAULT_REVIEW_PAGE}).` }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'A cursor from a previous page: the items after it.' }) after?: string,
  ): Promise<ReviewQueue> {
    return reviewQueue(db, identity, { cityId, indicatorCode, period, flaggedOnly, first, after });
  }
}
