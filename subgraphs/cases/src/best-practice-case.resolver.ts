import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { boundedList, LIST_SIZE, pagedList, pageFromRows, pageWindow } from '@ugf/runtime';
import { BestPracticeCase } from './best-practice-case.entity';
import { CASE_PAGE, CaseConnection, CasePageArgs } from './case-connection';
import { applyCaseFilter } from './case-filter';
import type { CasesContext } from './context';
import { City, cityRef, Indicator, indicatorRef, Initiative, initiativeRef } from './federated-stubs';

@Resolver(() => BestPracticeCase)
export class BestPracticeCaseResolver {
  @Query(() => CaseConnection, {
    description: 'Best-practice cases, newest first, a page at a time. Filters combine: a city, an initiative, a tag, and a case-insensitive text search in titles and summaries.',
  })
  @Directive(pagedList(CASE_PAGE.defaultSize))
  async cases(
    @Ctx() { db, loaders }: CasesContext,
    @Args() { first, after }: CasePageArgs,
    @Arg('cityId', () => ID, { nullable: true }) cityId?: string | null,
    @Arg('initiativeId', () => ID, { nullable: true }) initiativeId?: string | null,
    @Arg('tag', () => String, { nullable: true }) tag?: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Text to find in the English or Chinese title or the summary (1–100 characters).' })
    search?: string | null,
  ): Promise<CaseConnection> {
    const window = pageWindow(first, after, CASE_PAGE);
    const query = db.getRepository(BestPracticeCase).createQueryBuilder('c');
    const [rows, total] = await applyCaseFilter(query, { cityId, initiativeId, tag, search })
      .orderBy('c.year', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .skip(window.offset)
      .take(window.size)
      .getManyAndCount();
    for (const row of rows) loaders.case.prime(row.id, row);
    return pageFromRows(rows, total, window);
  }

  @Query(() => BestPracticeCase, { name: 'case', nullable: true, description: 'One case by id; null when there is none.' })
  bestPracticeCase(@Ctx() { loaders }: CasesContext, @Arg('id', () => ID) id: string): Promise<BestPracticeCase | null> {
    return loaders.case.load(id);
  }

  @FieldResolver(() => City, { description: 'The city where the practice runs.' })
  city(@Root() bestPracticeCase: BestPracticeCase): City {
    return cityRef(bestPracticeCase.cityId);
  }

  @FieldResolver(() => [String], { description: 'Tags, alphabetical.' })
  tags(@Root() bestPracticeCase: BestPracticeCase, @Ctx() { loaders }: CasesContext): Promise<string[]> {
    return loaders.tagsByCase.load(bestPracticeCase.id);
  }

  @Directive(boundedList(LIST_SIZE.perCase))
  @FieldResolver(() => [Initiative], { description: 'The initiatives of the declaration the practice serves.' })
  async initiatives(@Root() bestPracticeCase: BestPracticeCase, @Ctx() { loaders }: CasesContext): Promise<Initiative[]> {
    return (await loaders.initiativeIdsByCase.load(bestPracticeCase.id)).map(initiativeRef);
  }

  @Directive(boundedList(LIST_SIZE.perCase))
  @FieldResolver(() => [Indicator], { description: 'The indicators the practice aims to move.' })
  async indicators(@Root() bestPracticeCase: BestPracticeCase, @Ctx() { loaders }: CasesContext): Promise<Indicator[]> {
    return (await loaders.indicatorCodesByCase.load(bestPracticeCase.id)).map(indicatorRef);
  }
}
