import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { boundedList, LIST_SIZE, RevisionColumns } from '@ugf/runtime';
import { Column, Entity, Index } from 'typeorm';
import { CaseSource } from '../case-source.type';

@ObjectType({ description: 'The content of a case as one revision left it.' })
export class CaseContent {
  @Field({ description: 'English title.' })
  title: string;

  @Field({ description: 'Chinese title.' })
  titleZh: string;

  @Field({ description: 'What the practice is and how it works.' })
  summary: string;

  @Field(() => ID, { description: 'City of the practice.' })
  cityId: string;

  @Field(() => Int, { description: 'Year the practice started.' })
  year: number;

  @Field(() => [ID], { description: 'Initiative ids, sorted.' })
  initiativeIds: string[];

  @Field(() => [ID], { description: 'Indicator codes, sorted.' })
  indicatorCodes: string[];

  @Field(() => [String], { description: 'Tags, sorted.' })
  tags: string[];

  @Field(() => [String], { description: 'What changed, as the sources describe it.' })
  outcomes: string[];

  @Directive(boundedList(LIST_SIZE.perCase))
  @Field(() => [CaseSource], { description: 'Where the description comes from.' })
  sources: CaseSource[];

  @Field({ description: 'True for an illustrative sample rather than a documented programme.' })
  illustrative: boolean;
}

@ObjectType({ description: 'One entry in the history of a case: its creation or one edit, with the content it left.' })
@Entity('case_revision')
@Index('uq_case_revision_number', ['caseId', 'revision'], { unique: true })
export class CaseRevision extends RevisionColumns {
  @Column({ name: 'case_id', type: 'varchar', length: 100 })
  caseId: string;

  @Field(() => CaseContent, { description: 'The whole content of the case after this revision.' })
  @Column({ type: 'simple-json' })
  content: CaseContent;
}
