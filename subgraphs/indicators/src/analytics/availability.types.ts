import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { boundedList, LIST_SIZE } from '@ugf/runtime';
import { DimensionCode } from '../dimensions/dimension.types';

@ObjectType({ description: 'One indicator and breakdown a city has a counted value (not REJECTED) for in the period asked.' })
export class AvailabilityEntry {
  @Field(() => ID, { description: 'City id.' }) cityId: string;
  @Field(() => ID, { description: 'Indicator code.' }) indicatorCode: string;

  @Directive(boundedList(LIST_SIZE.breakdownParts))
  @Field(() => [DimensionCode], { description: 'The breakdown; empty for the total.' })
  breakdown: DimensionCode[];
}
