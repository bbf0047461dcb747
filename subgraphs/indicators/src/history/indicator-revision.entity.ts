import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Direction, IndicatorKind, Periodicity } from '../indicator.enums';
import { RevisionColumns } from '@ugf/runtime';

@ObjectType({ description: 'An indicator definition as one revision left it.' })
export class IndicatorContent {
  @Field({ description: 'English name.' })
  name: string;

  @Field({ description: 'Chinese name.' })
  nameZh: string;

  @Field({ description: 'Unit of every value.' })
  unit: string;

  @Field(() => Direction, { description: 'Whether higher or lower values are better.' })
  direction: Direction;

  @Field(() => Periodicity, { description: 'How often values are reported.' })
  periodicity: Periodicity;

  @Field(() => IndicatorKind, { description: 'What sort of number the indicator is.' })
  kind: IndicatorKind;

  @Field(() => Float, { nullable: true, description: 'Smallest valid value; null when unbounded.' })
  validMin: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest valid value; null when unbounded.' })
  validMax: number | null;

  @Field(() => Float, { description: 'Largest plausible year-on-year change, in percent.' })
  plausibleChangePct: number;

  @Field({ description: 'How the value is computed.' })
  method: string;

  @Field(() => ID, { description: 'The initiative of the declaration it measures.' })
  initiativeId: string;

  // The metadata fields are null in revisions recorded before the metadata was kept.
  @Field(() => String, { nullable: true, description: 'English definition (`IndicatorMetadata.definition`).' })
  definition?: string | null;

  @Field(() => String, { nullable: true, description: 'Chinese definition.' })
  definitionZh?: string | null;

  @Field(() => Int, { nullable: true, description: 'Unit multiplier, a power of 10.' })
  unitMultiplier?: number | null;

  @Field(() => String, { nullable: true, description: 'Data sources.' })
  dataSources?: string | null;

  @Field(() => String, { nullable: true, description: 'Data provider.' })
  dataProvider?: string | null;

  @Field(() => String, { nullable: true, description: 'Comment and limitations.' })
  limitations?: string | null;
}

export type MetadataContent = Required<Pick<IndicatorContent, 'definition' | 'definitionZh' | 'unitMultiplier' | 'dataSources' | 'dataProvider' | 'limitations'>>;
export type DefinitionContent = Omit<IndicatorContent, keyof MetadataContent>;

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
