import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '@ugf/runtime';
import { Observation } from '../observation.entity';

/** Items per page of the review queue (`first`): the default and the maximum. */
export const DEFAULT_REVIEW_PAGE = 25;
export const MAX_REVIEW_PAGE = 100;

@ObjectType({ description: 'A value awaiting review: a PROVISIONAL observation, with who submitted it and how long it has waited.' })
export class ReviewQueueItem {
  @Field({ description: 'Opaque position of this item: pass it as `after` to read the items behind it.' })
  cursor: string;

  @Field(() => Observation, { description: 'The observation: city, indicator, period, current value, `flagReason` and `revisions` (its history).' })
  observation: Observation;

  @Field({ description: 'Author of the current revision (token subject, or `seed` for loaded sample data).' })
  submittedBy: string;

  @Field({ description: 'When the current revision was recorded (UTC): the value has waited for review since then.' })
  waitingSince: Date;

  @Field(() => Int, { description: 'Whole days since `waitingSince`.' })
  ageDays: number;

  @Field({ description: "True when the value moved more than the indicator's plausible change (see `observation.flagReason`)." })
  flagged: boolean;

  @Field({ description: 'False when you wrote the current revision: nobody reviews their own value (four eyes).' })
  reviewableByMe: boolean;

  @Field(() => String, { nullable: true, description: 'Why `reviewableByMe` is false; null when it is true.' })
  notReviewableReason: string | null;
}

@ObjectType({ description: 'One page of the review queue, oldest first.' })
export class ReviewQueue {
  @Field(() => Int, { description: 'Values awaiting review that match the filters, on every page.' })
  totalCount: number;

  @Field(() => [ReviewQueueItem], { description: 'At most `first` items, oldest first (by `waitingSince`, then observation id).' })
  nodes: ReviewQueueItem[];

  @Field(() => PageInfo, { description: 'Whether more items follow (ask again with `after: pageInfo.endCursor`), and where this page ends.' })
  pageInfo: PageInfo;
}
