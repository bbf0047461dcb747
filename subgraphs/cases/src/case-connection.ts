import { Field, Int, ArgsType } from 'type-graphql';
import { connectionType, type PageBounds } from '@ugf/runtime';
import { BestPracticeCase } from './best-practice-case.entity';

/** Every list of cases is paged: 20 at a time unless `first` asks for up to 100. */
export const CASE_PAGE: PageBounds = { defaultSize: 20, maxSize: 100 };

export const CaseConnection = connectionType('BestPracticeCase', BestPracticeCase, 'A page of best-practice cases, newest first.');
export type CaseConnection = InstanceType<typeof CaseConnection>;

@ArgsType()
export class CasePageArgs {
  @Field(() => Int, { defaultValue: CASE_PAGE.defaultSize, description: `How many cases, 0 to ${CASE_PAGE.maxSize}.` })
  first: number = CASE_PAGE.defaultSize;

  @Field(() => String, { nullable: true, description: 'The `pageInfo.endCursor` of the page before.' })
  after?: string | null;
}
