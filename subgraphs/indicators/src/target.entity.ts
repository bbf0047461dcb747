import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { VALUE_COLUMN } from '@ugf/runtime';
import { PeriodScalar } from './period.scalar';

@ObjectType({ description: "A city's baseline and 2030 target for one indicator; progress = (value − baseline) / (target − baseline)." })
@Entity('indicator_target')
export class Target {
  @PrimaryColumn({ name: 'city_id', type: 'varchar', length: 64 })
  cityId: string;

  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 64 })
  indicatorCode: string;

  @Field(() => PeriodScalar, { description: 'Period of the baseline value.' })
  @Column({ name: 'baseline_period', type: 'varchar', length: 7 })
  baselinePeriod: string;

  @Field(() => Float, { description: 'Value at the baseline period.' })
  @Column({ name: 'baseline_value', ...VALUE_COLUMN })
  baselineValue: number;

  @Field(() => PeriodScalar, { description: 'Period by which the target should be reached (2030 for the declaration).' })
  @Column({ name: 'target_period', type: 'varchar', length: 7 })
  targetPeriod: string;

  @Field(() => Float, { description: 'Target value.' })
  @Column({ name: 'target_value', ...VALUE_COLUMN })
  targetValue: number;

  @Field({ description: 'Who set the baseline and target. Synthetic sample targets say so here.' })
  @Column({ type: 'varchar', length: 500 })
  source: string;

  @Field({ description: 'True for a synthetic sample target loaded for a demo (SEED_SAMPLE_DATA): never a target the city set. A target set through `setTarget` is never a sample.' })
  @Column({ type: 'boolean', default: false })
  sample: boolean;

  @Field(() => Int, { description: 'Number of the current revision (1 for a target never replaced); send it as `expectedRevision` with `setTarget`.' })
  @Column({ type: 'integer', default: 1 })
  revision: number;
}
