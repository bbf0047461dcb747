import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'One of the seven key tasks of city work set by the Central City Work Conference (Beijing, July 2025).' })
@Entity('conference_task')
export class ConferenceTask {
  @Field(() => Int, { description: 'Task number, 1–7, in the order the conference listed them.' })
  @PrimaryColumn({ type: 'integer' })
  number: number;

  @Field({ description: 'Short English title.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'The task as the conference worded it (English translation).' })
  @Column({ type: 'text' })
  text: string;

  @Field({ description: 'Where the text comes from.' })
  @Column({ type: 'varchar', length: 255 })
  source: string;
}
