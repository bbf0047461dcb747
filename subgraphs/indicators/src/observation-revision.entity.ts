import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VALUE_COLUMN } from '@ugf/runtime';
import { ObservationStatus } from './indicator.enums';
import { ValueAttributes } from './attributes/value-attributes';

@ObjectType({ description: 'One entry in the history of an observation: every submitted value and status change is kept.' })
@Entity('observation_revision')
@Index('uq_revision_observation_number', ['observationId', 'revision'], { unique: true })
@Index('idx_revision_created', ['createdAt'])
export class ObservationRevision {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'observation_id', type: 'integer' })
  observationId: number;

  @Field(() => Int, { description: 'Revision number, from 1.' })
  @Column({ type: 'integer' })
  revision: number;

  @Field(() => Float, { description: 'The value as submitted in this revision.' })
  @Column({ ...VALUE_COLUMN })
  value: number;

  @Field(() => ValueAttributes, { description: 'The attributes submitted with the value in this revision.' })
  @Column(() => ValueAttributes, { prefix: false })
  attributes: ValueAttributes;

  @Field(() => ObservationStatus, { description: 'Status the observation had after this revision.' })
  @Column({ type: 'varchar', length: 12 })
  status: ObservationStatus;

  @Field({ description: 'Source stated with this revision.' })
  @Column({ type: 'varchar', length: 500 })
  source: string;

  @Field(() => String, { nullable: true, description: 'Why the value was submitted or corrected.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field({ description: 'True when this revision holds a synthetic sample value loaded for a demo.' })
  @Column({ type: 'boolean', default: false })
  sample: boolean;

  /** The structured citation as JSON (citation/citation-rules.ts); the API shows it as `citation`. */
  @Column({ name: 'citation', type: 'text', nullable: true })
  citationJson: string | null;

  @Field(() => String, { nullable: true, description: "Why the value awaits a closer review: it moved more from the previous period than the indicator's plausible change. Null when it did not." })
  @Column({ name: 'flag_reason', type: 'varchar', length: 255, nullable: true })
  flagReason: string | null;

  /** Token subject, or `seed` for loaded sample data; shown to signed-in readers only (see the resolver). */
  @Column({ type: 'varchar', length: 128 })
  author: string;

  /** The role the author wrote the revision in; null for revisions recorded before it was kept. */
  @Column({ name: 'author_role', type: 'varchar', length: 16, nullable: true })
  authorRole: string | null;

  @Field({ description: 'When the revision was recorded (UTC).' })
  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}

/** What an anonymous reader sees as a revision's author: a role, never a person. */
export const publicAuthor = (revision: Pick<ObservationRevision, 'authorRole'>) => revision.authorRole ?? 'contributor';
