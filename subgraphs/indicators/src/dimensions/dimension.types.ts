import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { boundedList, LIST_SIZE } from '@ugf/runtime';
import { City } from '../federated-stubs';
import { PeriodScalar } from '../period.scalar';

@InputType({ description: 'One part of a breakdown: a dimension and one of its codes (`_T`, the total, is the same as leaving the dimension out).' })
export class DimensionCodeInput {
  @Field(() => ID, { description: 'Dimension id: `SEX`, `AGE`, `URBANISATION`, `DISTRICT`.' })
  dimension: string;

  @Field({ description: "A code of the dimension's code list (`Query.dimensions`), e.g. `F` or the GB/T 2260 code `440305`." })
  code: string;
}

@ObjectType({ description: 'A code of a dimension, with its labels.' })
export class DimensionCode {
  @Field(() => ID, { description: 'Dimension id.' }) dimension: string;
  @Field({ description: 'The code.' }) code: string;
  @Field({ description: 'English label (district labels are romanised, not official names).' }) label: string;
  @Field({ description: 'Chinese label.' }) labelZh: string;
  @Field(() => City, { nullable: true, description: 'The city a DISTRICT code belongs to; null for codes of every city.' }) city: City | null;
}

@ObjectType({ description: 'A dimension an observation can be broken down by, with its code list (SDMX style; the total is `_T`).' })
export class Dimension {
  @Field(() => ID, { description: 'Dimension id, e.g. `SEX`.' }) id: string;
  @Field({ description: 'English name.' }) label: string;
  @Field({ description: 'Chinese name.' }) labelZh: string;
  @Field({ description: 'The code of the total: `_T`.' }) totalCode: string;
  @Directive(boundedList(LIST_SIZE.dimensionCodes))
  @Field(() => [DimensionCode], { description: 'The codes, the total left out; DISTRICT codes are the county-level divisions (GB/T 2260) of the enrolled cities.' })
  codes: DimensionCode[];
}

@ObjectType({ description: 'One breakdown of an indicator that a city has values for, and the periods it has them for.' })
export class BreakdownAvailability {
  @Directive(boundedList(LIST_SIZE.breakdownParts))
  @Field(() => [DimensionCode], { description: 'The breakdown; empty for the total.' })
  breakdown: DimensionCode[];

  @Field(() => City, { description: 'The city.' }) city: City;

  @Directive(boundedList(LIST_SIZE.seriesPoints))
  @Field(() => [PeriodScalar], { description: 'Periods with a counted value (not REJECTED; sample values only when asked for), oldest first.' })
  periods: string[];
}
