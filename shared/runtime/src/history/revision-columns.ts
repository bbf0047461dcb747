import { Field, Int, ObjectType } from 'type-graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** What every history entry says besides the content: which revision, who, when, why, and what changed. */
// Decorated so that type-graphql copies these fields into the subclasses; never returned itself.
@ObjectType()
export abstract class RevisionColumns {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Field(() => Int, { description: 'Revision number, from 1 (the creation).' })
  @Column({ type: 'integer' })
  revision: number;

  @Field(() => [String], { description: 'Fields of `content` this revision changed from the previous one (every field for revision 1).' })
  @Column({ name: 'changed_fields', type: 'simple-json' })
  changedFields: string[];

  @Field(() => String, { nullable: true, description: 'Why the change was made, as its author wrote it.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field({ description: 'Who made the revision: the token subject, `seed` for sample data, `migration` for content that predates the history.' })
  @Column({ type: 'varchar', length: 128 })
  author: string;

  @Field({ description: 'When the revision was recorded (UTC).' })
  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
