import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { RevisionColumns } from '@ugf/runtime';
import { PeriodScalar } from '../period.scalar';

@ObjectType({ description: 'A baseline and target as one revision left them.' })
export class TargetContent {
  @Field(() => PeriodScalar, { description: 'Period of the baseline value.' })
  baselinePeriod: string;

  @Field(() => Float, { description: 'Value at the baseline period.' })
  baselineValue: number;

  @Field(() => PeriodScalar, { description: 'Period by which the target should be reached.' })
  targetPeriod: string;

  @Field(() => Float, { description: 'Target value.' })
  targetValue: number;

  @Field({ description: 'Who set the baseline and target.' })
  source: string;
}

@ObjectType({ description: "One entry in the history of a city's target for an indicator: its creation or one replacement." })
@Entity('target_revision')
@Index('uq_target_revision_number', ['cityId', 'indicatorCode', 'revision'], { unique: true })
export class TargetRevision extends RevisionColumns {
  @Column({ name: 'city_id', type: 'varchar', length: 64 })
  cityId: string;

  @Column({ name: 'indicator_code', type: 'varchar', length: 64 })
  indicatorCode: string;

  @Field(() => TargetContent, { description: 'The whole target after this revision.' })
  @Column({ type: 'simple-json' })
  content: TargetContent;
}
