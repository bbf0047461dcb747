import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Direction, IndicatorKind, Periodicity } from '../indicator.enums';
import { PeriodScalar } from '../period.scalar';

@InputType({ description: "A city's baseline and target for one indicator." })
export class TargetInput {
  @Field(() => ID, { description: 'An enrolled city.' })
  cityId: string;

  @Field(() => ID, { description: 'Indicator code.' })
  indicatorCode: string;

  @Field(() => PeriodScalar, { description: "Baseline period, in the indicator's periodicity." })
  baselinePeriod: string;

  @Field(() => Float, { description: 'Value at the baseline period.' })
  baselineValue: number;

  @Field(() => PeriodScalar, { description: 'Period by which the target should be met; after the baseline.' })
  targetPeriod: string;

  @Field(() => Float, { description: 'Target value.' })
  targetValue: number;

  @Field({ description: 'Who set the target (1–500 characters).' })
  source: string;

  @Field(() => String, { nullable: true, description: 'Why the target is set or changed (up to 2,000 characters); kept with the revision.' })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Required when the target exists: the `revision` your change is based on. When it is at another revision now, the answer is CONFLICT and nothing is written. Not needed to create one.',
  })
  expectedRevision?: number | null;
}

@InputType({ description: "An indicator's metadata (docs/indicator-metadata.md); every field left out is cleared." })
export class IndicatorMetadataInput {
  @Field(() => String, { nullable: true, description: 'English definition, concepts and classifications (STAT_CONC_DEF), up to 2,000 characters; needs `definitionZh`.' })
  definition?: string | null;

  @Field(() => String, { nullable: true, description: 'Chinese definition, up to 2,000 characters; needs `definition`.' })
  definitionZh?: string | null;

  @Field(() => Int, { nullable: true, description: 'Unit multiplier (UNIT_MULT), a power of 10 from -15 to 15; 0 when left out.' })
  unitMultiplier?: number | null;

  @Field(() => String, { nullable: true, description: 'Data sources (SRC_TYPE_COLL_METHOD), up to 2,000 characters.' })
  dataSources?: string | null;

  @Field(() => String, { nullable: true, description: 'Data provider (DATA_SOURCE), the organisation, up to 200 characters.' })
  dataProvider?: string | null;

  @Field(() => String, { nullable: true, description: 'Comment and limitations (REC_USE_LIM), up to 2,000 characters.' })
  limitations?: string | null;
}

@InputType({ description: 'An indicator definition; an existing code is updated, a new one created.' })
export class IndicatorDefinitionInput {
  @Field(() => ID, { description: 'UPPER_SNAKE_CASE code, up to 64 characters.' })
  code: string;

  @Field({ description: 'English name stating the ratio.' })
  name: string;

  @Field({ description: 'Chinese name.' })
  nameZh: string;

  @Field({ description: 'Unit of every value.' })
  unit: string;

  @Field(() => Direction, { description: 'Whether higher or lower is better.' })
  direction: Direction;

  @Field(() => Periodicity, { description: 'Annual or quarterly.' })
  periodicity: Periodicity;

  @Field(() => IndicatorKind, { description: 'What sort of number it is.' })
  kind: IndicatorKind;

  @Field(() => Float, { nullable: true, description: 'Smallest valid value.' })
  validMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest valid value.' })
  validMax?: number | null;

  @Field(() => Float, { description: 'Largest plausible year-on-year change, in percent.' })
  plausibleChangePct: number;

  @Field({ description: 'How the value is computed.' })
  method: string;

  @Field(() => ID, { description: 'The initiative it measures, "1" to "10".' })
  initiativeId: string;

  @Field(() => IndicatorMetadataInput, {
    nullable: true,
    description: 'The metadata; when left out, an existing definition keeps its metadata and a new one has none. Unit, method and periodicity are the fields above.',
  })
  metadata?: IndicatorMetadataInput | null;

  @Field(() => String, { nullable: true, description: 'Why the definition is set or changed (up to 2,000 characters); kept with the revision.' })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Required when the definition exists: the `revision` your change is based on. When it is at another revision now, the answer is CONFLICT and nothing is written. Not needed to create one.',
  })
  expectedRevision?: number | null;
}
