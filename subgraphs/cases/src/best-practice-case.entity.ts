import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { boundedList, LIST_SIZE } from '@ugf/runtime';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CaseSource } from './case-source.type';

@ObjectType({ description: 'A practice a city reports as worth learning from, linked to the initiatives and indicators it serves.' })
@Directive('@key(fields: "id")')
@Entity('best_practice_case')
@Index('idx_case_city', ['cityId'])
export class BestPracticeCase {
  @Field(() => ID, { description: 'Stable kebab-case id.' })
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id: string;

  @Field({ description: 'English title.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'Chinese title.' })
  @Column({ name: 'title_zh', type: 'varchar', length: 200 })
  titleZh: string;

  @Field({ description: 'What the practice is and how it works, in a few sentences.' })
  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'city_id', type: 'varchar', length: 64 })
  cityId: string;

  @Field(() => Int, { description: 'Year the practice started.' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => [String], { description: 'What changed, as the sources describe it.' })
  @Column({ type: 'simple-json' })
  outcomes: string[];

  @Directive(boundedList(LIST_SIZE.perCase))
  @Field(() => [CaseSource], { description: 'Where the description comes from.' })
  @Column({ type: 'simple-json' })
  sources: CaseSource[];

  @Field({ description: 'True when the case is an illustrative sample written for this platform rather than a documented programme.' })
  @Column({ type: 'boolean' })
  illustrative: boolean;

  @Field(() => Int, { description: 'Number of the current revision (1 when the case was never edited); send it as `expectedRevision` with `updateCase`.' })
  @Column({ type: 'integer', default: 1 })
  revision: number;
}
