import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VALUE_COLUMN } from '@ugf/runtime';
import { ObservationStatus } from './indicator.enums';
import { PeriodScalar } from './period.scalar';
import { ValueAttributes } from './attributes/value-attributes';

// Not a federation entity: no other subgraph references an observation (see docs/contributing/README.md, Design decisions).
@ObjectType({ description: "One city's current value of one indicator for one period: the total, or one breakdown (`breakdown`). Corrections add revisions; nothing is overwritten." })
@Entity('observation')
@Index('uq_observation_key', ['cityId', 'indicatorCode', 'period', 'breakdown'], { unique: true })
@Index('idx_observation_indicator_period', ['indicatorCode', 'period'])
@Index('idx_observation_period_city', ['period', 'cityId', 'indicatorCode', 'breakdown', 'status', 'value', 'sample', 'attributes.unitMultiplier'])
@Index('idx_observation_status_updated', ['status', 'updatedAt', 'id'])
export class Observation {
  @Field(() => ID, { description: 'Stable identifier of the (city, indicator, period, breakdown) observation.' })
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'city_id', type: 'varchar', length: 64 })
  cityId: string;

  @Column({ name: 'indicator_code', type: 'varchar', length: 64 })
  indicatorCode: string;

  @Field(() => PeriodScalar, { description: 'Period the value refers to: `2024` for annual indicators, `2024-Q3` for quarterly ones.' })
  @Column({ type: 'varchar', length: 7 })
  period: string;

  /** Canonical breakdown key (`DISTRICT=440305;SEX=F`, sorted by dimension); empty for the total (see dimensions/breakdown-key.ts). */
  @Column({ type: 'varchar', length: 255, default: '' })
  breakdown: string;

  @Field(() => Float, { description: "The current value, in the indicator's unit (times 10^attributes.unitMultiplier when that is set)." })
  @Column({ ...VALUE_COLUMN })
  value: number;

  @Field(() => ValueAttributes, { description: 'What is said about the current value: nature, interval, unit multiplier, series break, footnotes.' })
  @Column(() => ValueAttributes, { prefix: false })
  attributes: ValueAttributes;

  @Field(() => ObservationStatus, { description: 'Review state of the current value.' })
  @Column({ type: 'varchar', length: 12 })
  status: ObservationStatus;

  @Field({ description: 'Who produced the value (organisation and dataset). Synthetic sample data says so here.' })
  @Column({ type: 'varchar', length: 500 })
  source: string;

  @Field({ description: 'True for a synthetic sample value loaded for a demo (SEED_SAMPLE_DATA): never a statistic of the city. A submitted value is never a sample.' })
  @Column({ type: 'boolean', default: false })
  sample: boolean;

  /** The structured citation as JSON (citation/citation-rules.ts); the API shows it as `citation`. */
  @Column({ name: 'citation', type: 'text', nullable: true })
  citationJson: string | null;

  @Field(() => String, { nullable: true, description: "Why the value awaits a closer review: it moved more from the previous period than the indicator's plausible change. Null when it did not." })
  @Column({ name: 'flag_reason', type: 'varchar', length: 255, nullable: true })
  flagReason: string | null;

  @Field(() => String, { nullable: true, description: 'The note of the current revision: why it was submitted or corrected (footnotes to the value are in `attributes.footnotes`).' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Int, { description: 'Number of the revision that holds the current value (1 for a value never corrected).' })
  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field({ description: 'When the current value was recorded (UTC).' })
  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
