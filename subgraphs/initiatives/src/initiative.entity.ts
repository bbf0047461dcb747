import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'One of the ten points of the Beijing Declaration on the Modernization of Urban Governance (19 Dec 2022).' })
@Directive('@key(fields: "id")')
@Entity('initiative')
@Index('uq_initiative_number', ['number'], { unique: true })
export class Initiative {
  @Field(() => ID, { description: 'The point number as a string, "1" to "10".' })
  @PrimaryColumn({ type: 'varchar', length: 8 })
  id: string;

  @Field(() => Int, { description: 'Position of the point in the declaration, 1–10.' })
  @Column({ type: 'integer' })
  number: number;

  @Field({ description: 'Short English title.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'Short Chinese title.' })
  @Column({ name: 'title_zh', type: 'varchar', length: 200 })
  titleZh: string;

  @Field({ description: 'One-sentence summary of the point.' })
  @Column({ type: 'varchar', length: 1000 })
  summary: string;

  @Field({ description: "The point's full text as the declaration words it (English translation)." })
  @Column({ type: 'text' })
  text: string;

  @Field({ description: 'Where `text` comes from.' })
  @Column({ name: 'text_source', type: 'varchar', length: 255 })
  textSource: string;

  @Field(() => [String], { description: 'SDG targets the point serves, e.g. "11.3".' })
  @Column({ name: 'sdg_targets', type: 'simple-json' })
  sdgTargets: string[];

  @Column({ name: 'conference_task_numbers', type: 'simple-json' })
  conferenceTaskNumbers: number[];
}
