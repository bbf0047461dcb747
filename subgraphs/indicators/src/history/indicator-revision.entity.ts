import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Direction, IndicatorKind, Periodicity } from '../indicator.enums';
import { RevisionColumns } from './revision-columns';

@ObjectType({ description: 'An indicator definition as one revision left it.' })
export class IndicatorContent {
  @Field()
  name: string;

  @Field()
  nameZh: string;

  @Field()
  unit: string;

  @Field(() => Direction)
  direction: Direction;

  @Field(() => Periodicity)
  periodicity: Periodicity;

  @Field(() => IndicatorKind)
  kind: IndicatorKind;

  @Field(() => Float, { nullable: true })
  validMin: number | null;

  @Field(() => Float, { nullable: true })
  validMax: number | null;

  @Field(() => Float)
  plausibleChangePct: number;

  @Field()
  method: string;

  @Field(() => ID)
  initiativeId: string;
}

@ObjectType({ description: 'One entry in the history of an indicator definition: its creation or one change.' })
@Entity('indicator_revision')
@Index('uq_indicator_revision_number', ['indicatorCode', 'revision'], { unique: true })
export class IndicatorRevision extends RevisionColumns {
  @Column({ name: 'indicator_code', type: 'varchar', length: 64 })
  indicatorCode: string;

  @Field(() => IndicatorContent, { description: 'The whole definition after this revision.' })
  @Column({ type: 'simple-json' })
  content: IndicatorContent;
}
