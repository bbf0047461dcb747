import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { boundedList, LIST_SIZE } from '@ugf/runtime';
import type { IndicatorsContext } from './context';
import { Initiative, initiativeRef } from './federated-stubs';
import { Indicator } from './indicator.entity';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Directive(boundedList(LIST_SIZE.catalogue))
  @Query(() => [Indicator], { description: "The indicator catalogue ordered by initiative and code; optionally only one initiative's indicators." })
  async indicators(@Ctx() { db, loaders }: IndicatorsContext, @Arg('initiativeId', () => ID, { nullable: true }) initiativeId?: string): Promise<Indicator[]> {
    const rows = await db.getRepository(Indicator).find({
      where: initiativeId === undefined || initiativeId === null ? {} : { initiativeId },
      order: { code: 'ASC' },
    });
    for (const row of rows) loaders.indicator.prime(row.code, row);
    return rows.sort((a, b) => Number(a.initiativeId) - Number(b.initiativeId) || a.code.localeCompare(b.code));
  }

  @Query(() => Indicator, { nullable: true, description: 'One indicator by code; null when there is none.' })
  indicator(@Ctx() { loaders }: IndicatorsContext, @Arg('code', () => ID) code: string): Promise<Indicator | null> {
    return loaders.indicator.load(code);
  }

  @FieldResolver(() => Initiative, { description: 'The initiative of the declaration this indicator measures.' })
  initiative(@Root() indicator: Indicator): Initiative {
    return initiativeRef(indicator.initiativeId);
  }
}
