import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '@ugf/runtime';
import { ObservationStatus } from '../indicator.enums';
import { Observation } from '../observation.entity';

export enum ChangeKind {
  CREATED = 'CREATED',
  CORRECTED = 'CORRECTED',
  REVIEWED = 'REVIEWED',
}

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What a revision did: CREATED a value, CORRECTED it (value, attributes, source or citation), or REVIEWED it (its status only).',
});

@ObjectType({ description: 'One revision of a value, as the change feed lists it: what changed, when, and in what role.' })
export class ChangeEvent {
  @Field(() => ID, { description: 'The revision: ids grow with every write, so a client can remember the last it has seen.' })
  id: string;

  @Field(() => ChangeKind, { description: 'What the revision did to the value.' })
  kind: ChangeKind;

  @Field({ description: 'When the revision was recorded (UTC).' })
  at: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The role of its author (`city_editor`, `verifier`, `admin`, `seed` …), never who they are; null for revisions recorded before roles were kept.',
  })
  byRole: string | null;

  @Field(() => Int, { description: 'The revision number of the observation this event recorded.' })
  revision: number;

  @Field(() => Float, { description: 'The value after this revision, in its own unit multiplier.' })
  value: number;

  @Field(() => ObservationStatus, { description: 'The status after this revision.' })
  status: ObservationStatus;

  @Field(() => Observation, { description: 'The observation as it is now (its key, and its current value and revision).' })
  observation: Observation;
}

export const ChangeConnection = connectionType('ChangeEvent', ChangeEvent, 'A page of the change feed, oldest revision first.');
export type ChangeConnection = InstanceType<typeof ChangeConnection>;
