import { ArgsType, Field, Int } from 'type-graphql';
import { connectionType, type PageBounds } from '@ugf/runtime';
import { Observation } from './observation.entity';

/** Observations come 100 at a time unless `first` asks for up to 1,000. */
export const OBSERVATION_PAGE: PageBounds = { defaultSize: 100, maxSize: 1000 };

export const ObservationConnection = connectionType('Observation', Observation, 'A page of observations, in the order the field that lists them says.');
export type ObservationConnection = InstanceType<typeof ObservationConnection>;

@ArgsType()
export class ObservationPageArgs {
  @Field(() => Int, { defaultValue: OBSERVATION_PAGE.defaultSize, description: `How many observations, 0 to ${OBSERVATION_PAGE.maxSize}.` })
  first: number = OBSERVATION_PAGE.defaultSize;

  @Field(() => String, { nullable: true, description: 'The `pageInfo.endCursor` of the page before.' })
  after?: string | null;
}
