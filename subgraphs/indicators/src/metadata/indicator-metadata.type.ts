import { Field, Int, ObjectType } from 'type-graphql';
import { Periodicity } from '../indicator.enums';

/** Descriptions name the concept of the SDG Metadata structure (SDMX MSD) each field answers; docs/indicator-metadata.md lists them. */
@ObjectType({
  description: "What a reader needs to use an indicator's values: the subset of the SDG metadata structure (SDMX) a city platform keeps. The SDG/ISO references are `Indicator.frameworks`.",
})
export class IndicatorMetadata {
  @Field(() => String, { nullable: true, description: 'Definition, concepts and classifications (SDG concept STAT_CONC_DEF), in English; null when not yet written.' })
  definition: string | null;

  @Field(() => String, { nullable: true, description: 'The same definition in Chinese (STAT_CONC_DEF); present exactly when `definition` is.' })
  definitionZh: string | null;

  @Field({ description: 'Unit of measure (UNIT_MEASURE); the same as `Indicator.unit`.' })
  unit: string;

  @Field(() => Int, { description: 'Unit multiplier (SDMX attribute UNIT_MULT): values are stated in units of 10 to this power; 0 for most indicators.' })
  unitMultiplier: number;

  @Field({ description: 'Method of computation (DATA_COMP); the same as `Indicator.method`.' })
  computationMethod: string;

  @Field(() => Periodicity, { description: 'Frequency of the values (SDMX FREQ; the SDG metadata describes the collection calendar as FREQ_COLL); the same as `Indicator.periodicity`.' })
  periodicity: Periodicity;

  @Field(() => String, { nullable: true, description: 'Data sources (SRC_TYPE_COLL_METHOD): the kind of source values come from; null when not stated.' })
  dataSources: string | null;

  @Field(() => String, { nullable: true, description: 'Data providers (DATA_SOURCE): the organisation that provides the values; null when not known.' })
  dataProvider: string | null;

  @Field(() => String, { nullable: true, description: 'Comment and limitations (REC_USE_LIM); null when none are stated.' })
  limitations: string | null;

  @Field({ description: 'Metadata update (META_LAST_UPDATE): when the latest revision of the definition was recorded (UTC), kept by the server.' })
  lastUpdate: Date;
}
