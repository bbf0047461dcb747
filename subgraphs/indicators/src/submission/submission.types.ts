import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { boundedList, LIST_SIZE } from '@ugf/runtime';
import { Observation } from '../observation.entity';
import { DimensionCodeInput } from '../dimensions/dimension.types';
import { ValueAttributesInput } from '../attributes/value-attributes';
import { CitationInput } from '../citation/citation';

export enum SubmissionOutcome {
  CREATED = 'CREATED',
  CORRECTED = 'CORRECTED',
  UNCHANGED = 'UNCHANGED',
}

registerEnumType(SubmissionOutcome, {
  name: 'SubmissionOutcome',
  description: 'What a submitted item did.',
  valuesConfig: {
    CREATED: { description: 'A new observation, PROVISIONAL, revision 1.' },
    CORRECTED: { description: 'A different value or different attributes for an existing observation: a new revision became current; nothing was deleted.' },
    UNCHANGED: { description: 'The same value and attributes as the current ones: nothing was written.' },
  },
});

export const MAX_ITEMS = 5000;

@InputType({ description: "One city's value of one indicator for one period, the total or one breakdown." })
export class ObservationInput {
  @Field(() => ID, { description: 'City id; a city editor may only submit for their own city.' })
  cityId: string;

  @Field(() => ID, { description: 'Indicator code.' })
  indicatorCode: string;

  @Field({
    description:
      "`2024` for annual indicators, `2024-Q3` for quarterly ones; not in the future. A String rather than a `Period`: a malformed period is refused with the item's index, in the same list as every other problem of the batch.",
  })
  period: string;

  @Field(() => [DimensionCodeInput], {
    nullable: true,
    description:
      "What part of the population or territory the value is for, in the indicator's dimensions (`Indicator.dimensions`); a DISTRICT code must be one of the city's. Empty or absent for the total.",
  })
  breakdown?: DimensionCodeInput[] | null;

  @Field(() => Float, { description: "The value in the indicator's unit (times 10^attributes.unitMultiplier when that is given), inside its valid range." })
  value: number;

  @Field(() => ValueAttributesInput, { nullable: true, description: 'Nature, interval, unit multiplier, series break and footnotes of the value; all optional. Changing any of them is a correction.' })
  attributes?: ValueAttributesInput | null;

  @Field({ description: 'Organisation and dataset the value comes from (1–500 characters).' })
  source: string;

  @Field(() => CitationInput, {
    nullable: true,
    description:
      'Where the value was published, with the sentence it comes from: publisher, title, URL, date, quote and how the value follows from it. Stored with the revision; like `source`, changing only the citation is not a correction.',
  })
  citation?: CitationInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the value is submitted; required when the item corrects an existing value (up to 2,000 characters). Footnotes to the value itself go in `attributes.footnotes`.',
  })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For a correction: the revision the correction is based on. When the current revision differs, the batch is refused with CONFLICT instead of overwriting a change you have not seen.',
  })
  expectedRevision?: number | null;
}

@InputType({ description: 'A batch of 1 to 5,000 values, applied all together or not at all.' })
export class SubmitObservationsInput {
  @Field({
    description:
      'Chosen by the client, unique per batch (1–100 characters of letters, digits, `.`, `_`, `:`, `-`). Replaying a key returns the first result and writes nothing while its values are still the current ones (CONFLICT naming the changed items otherwise); the same key with other items is refused.',
  })
  idempotencyKey: string;

  @Field(() => [ObservationInput], { description: 'The values, 1 to 5,000.' })
  items: ObservationInput[];
}

@ObjectType({ description: 'What happened to one submitted item.' })
export class SubmissionItem {
  @Field(() => Int, { description: 'Position of the item in the submitted list, from 0.' })
  index: number;

  @Field(() => SubmissionOutcome, { description: 'Created, corrected or unchanged.' })
  outcome: SubmissionOutcome;

  @Field(() => String, { nullable: true, description: 'Set when the value was accepted but flagged for review as an implausible jump.' })
  flagReason: string | null;

  @Field(() => Observation, { description: 'The observation as it is now.' })
  observation: Observation;

  observationId: number;
}

@ObjectType({ description: 'The result of a submission; a replayed key returns the same counts with `replayed: true`.' })
export class SubmissionResult {
  @Field({ description: 'The idempotency key of the batch.' })
  idempotencyKey: string;

  @Field({ description: 'True when this key had been processed before, its values are still the current ones, and nothing was written now.' })
  replayed: boolean;

  @Field(() => Int, { description: 'Items that created an observation.' })
  created: number;

  @Field(() => Int, { description: 'Items that corrected an observation (a new revision).' })
  corrected: number;

  @Field(() => Int, { description: 'Items equal to the current value.' })
  unchanged: number;

  @Field(() => Int, { description: 'Items accepted but flagged for review.' })
  flagged: number;

  @Directive(boundedList(LIST_SIZE.submissionItems))
  @Field(() => [SubmissionItem], { description: 'One entry per submitted item, in order.' })
  items: SubmissionItem[];
}
