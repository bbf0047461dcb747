import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { boundedList, decimalToNumber, LIST_SIZE } from '@ugf/runtime';
import { FrameworkReference } from './framework-reference.type';
import { Direction, IndicatorKind, Periodicity } from './indicator.enums';

@ObjectType({ description: 'A measure of progress on one initiative of the declaration, with its unit, direction and method.' })
@Directive('@key(fields: "code")')
@Entity('indicator')
@Index('idx_indicator_initiative', ['initiativeId'])
export class Indicator {
  @Field(() => ID, { description: 'Stable upper-case code, e.g. `HOTLINE_RESOLUTION_RATE`.' })
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  @Field({ description: 'English name; ratios name their base ("per 100,000 population").' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({ description: 'Chinese name.' })
  @Column({ name: 'name_zh', type: 'varchar', length: 200 })
  nameZh: string;

  @Field({ description: 'Unit every value of this indicator is stated in.' })
  @Column({ type: 'varchar', length: 64 })
  unit: string;

  @Field(() => Direction, { description: 'Whether higher or lower values are better.' })
  @Column({ type: 'varchar', length: 20 })
  direction: Direction;

  @Field(() => Periodicity, { description: 'How often values are reported, which fixes the period format.' })
  @Column({ type: 'varchar', length: 12 })
  periodicity: Periodicity;

  @Field(() => IndicatorKind, { description: 'What sort of number the indicator is.' })
  @Column({ type: 'varchar', length: 12 })
  kind: IndicatorKind;

  @Field(() => Float, { nullable: true, description: 'Smallest valid value; null when unbounded.' })
  @Column({ name: 'valid_min', type: 'decimal', precision: 20, scale: 6, nullable: true, transformer: decimalToNumber })
  validMin: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest valid value; null when unbounded.' })
  @Column({ name: 'valid_max', type: 'decimal', precision: 20, scale: 6, nullable: true, transformer: decimalToNumber })
  validMax: number | null;

  @Field(() => Float, { description: 'Largest year-on-year change, in percent, that is plausible without review.' })
  @Column({ name: 'plausible_change_pct', type: 'decimal', precision: 10, scale: 2, transformer: decimalToNumber })
  plausibleChangePct: number;

  @Field({ description: 'How the value is computed: numerator, denominator and data source type.' })
  @Column({ type: 'text' })
  method: string;

  @Column({ name: 'initiative_id', type: 'varchar', length: 8 })
  initiativeId: string;

  @Directive(boundedList(LIST_SIZE.indicatorFrameworks))
  @Field(() => [FrameworkReference], { description: 'Frameworks (ISO 37120/37122/37123, SDG) whose indicator this one follows; empty for local indicators.' })
  @Column({ type: 'simple-json' })
  frameworks: FrameworkReference[];

  // The metadata columns are answered as `Indicator.metadata` (metadata/metadata.resolver.ts).
  @Column({ type: 'text', nullable: true })
  definition: string | null;

  @Column({ name: 'definition_zh', type: 'text', nullable: true })
  definitionZh: string | null;

  @Column({ name: 'unit_multiplier', type: 'integer', default: 0 })
  unitMultiplier: number;

  @Column({ name: 'data_sources', type: 'text', nullable: true })
  dataSources: string | null;

  @Column({ name: 'data_provider', type: 'varchar', length: 200, nullable: true })
  dataProvider: string | null;

  @Column({ type: 'text', nullable: true })
  limitations: string | null;

  @Field(() => Int, { description: 'Number of the current revision of the definition (1 when never changed); send it as `expectedRevision` with `defineIndicator`.' })
  @Column({ type: 'integer', default: 1 })
  revision: number;
}
