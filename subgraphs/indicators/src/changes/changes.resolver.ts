import { Arg, Ctx, Directive, ID, Int, Query, Resolver } from 'type-graphql';
import { badUserInput, pagedList } from '@ugf/runtime';
import type { IndicatorsContext } from '../context';
import { IncludeSampleArg } from '../analytics/include-sample';
import { CHANGE_PAGE, changeFeed } from './change-feed';
import { ChangeConnection } from './change.types';

@Resolver()
export class ChangesResolver {
  @Query(() => ChangeConnection, {
    description:
      'The change feed: every revision of a value (created, corrected, reviewed) recorded after `since`, oldest first, a page at a time, with when and in what role; optionally of some cities and indicators. Poll it with the `afterId` of the last event seen, or follow the live stream at the gateway (`GET /changes/stream`). Sample values are left out unless asked for.',
  })
  @Directive(pagedList(CHANGE_PAGE.defaultSize))
  changes(
    @Ctx() { db }: IndicatorsContext,
    @Arg('first', () => Int, { defaultValue: CHANGE_PAGE.defaultSize, description: `How many events, 0 to ${CHANGE_PAGE.maxSize}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `pageInfo.endCursor` of the page before.' }) after: string | null | undefined,
    @IncludeSampleArg() includeSample: boolean,
    @Arg('since', () => Date, { nullable: true, description: 'Only revisions recorded after this instant (UTC); every revision when not given.' }) since?: Date | null,
    @Arg('afterId', () => ID, { nullable: true, description: 'Only revisions after the event with this id: poll with the last id seen, which misses nothing however fast the writes come.' })
    afterId?: string | null,
    @Arg('cityIds', () => [ID], { nullable: true, description: 'Only values of these cities.' }) cityIds?: string[] | null,
    @Arg('indicatorCodes', () => [ID], { nullable: true, description: 'Only values of these indicators.' }) indicatorCodes?: string[] | null,
  ): Promise<ChangeConnection> {
    if (afterId != null && !/^\d{1,15}$/.test(afterId)) throw badUserInput('`afterId` is the id of a change event.', { argument: 'afterId' });
    return changeFeed(db, { since: since ?? null, afterId: afterId == null ? null : Number(afterId), cityIds: cityIds ?? null, indicatorCodes: indicatorCodes ?? null, includeSample, first, after });
  }
}
