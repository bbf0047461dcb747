import { Arg, Ctx, FieldResolver, ID, Int, Mutation, registerEnumType, Resolver, Root } from 'type-graphql';
import { markNothingWritten } from '@ugf/runtime';
import type { IndicatorsContext } from '../context';
import { ObservationStatus } from '../indicator.enums';
import { Observation } from '../observation.entity';
import { reviewObservation } from './review-observation';
import { submitObservations } from './submit-observations';
import { SubmissionItem, SubmissionResult, SubmitObservationsInput } from './submission.types';

enum ReviewDecisionInput {
  VERIFIED = ObservationStatus.VERIFIED,
  REJECTED = ObservationStatus.REJECTED,
}
registerEnumType(ReviewDecisionInput, { name: 'ReviewDecision', description: "A verifier's decision on an observation's current value." });

@Resolver(() => SubmissionItem)
export class SubmissionResolver {
  @Mutation(() => SubmissionResult, {
    description:
      "Submit 1 to 5,000 values (city_editor for their own city, or admin). All or nothing: when any item is invalid, nothing is written and the BAD_USER_INPUT error lists every invalid item in `extensions.invalidItems` ({ index, field, reason }). A different value for an existing observation is a correction: it needs a `note` and adds a revision. Values that jump more than the indicator's plausible change are accepted and flagged. Replaying an idempotency key returns the first result, but only while the values it applied are still current: when any has been changed since, the answer is CONFLICT (reason CHANGED_SINCE_APPLIED) naming those items in `extensions.conflictItems` ({ index, field, reason, currentRevision }). An item's `expectedRevision` that is not the current revision refuses the whole batch with CONFLICT (reason STALE_REVISION, the same `conflictItems`).",
  })
  async submitObservations(@Arg('input', () => SubmitObservationsInput) input: SubmitObservationsInput, @Ctx() context: IndicatorsContext): Promise<SubmissionResult> {
    const result = await submitObservations(context.db, context.identity, input);
    if (result.replayed || result.created + result.corrected === 0) markNothingWritten(context);
    return result as unknown as SubmissionResult;
  }

  @Mutation(() => Observation, {
    description:
      'Verify or reject the current value of an observation (verifier or admin); a rejection needs a comment. Adds a revision. FORBIDDEN when you wrote the current revision or submitted the value it holds (four eyes); CONFLICT when the current revision is no longer `revision`; BAD_USER_INPUT (reason SAMPLE_VALUE) to verify a synthetic sample value, which can only be rejected or replaced.',
  })
  reviewObservation(
    @Arg('id', () => ID) id: string,
    @Arg('revision', () => Int, { description: 'The revision you reviewed (`Observation.revision` as you read it); a correction that landed since is never approved unseen.' }) revision: number,
    @Arg('decision', () => ReviewDecisionInput) decision: ReviewDecisionInput,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() { db, identity }: IndicatorsContext,
  ): Promise<Observation> {
    return reviewObservation(db, identity, { id, revision, decision: decision as unknown as ObservationStatus.VERIFIED | ObservationStatus.REJECTED, comment });
  }

  @FieldResolver(() => Observation, { description: 'The observation as it is now.' })
  async observation(@Root() item: SubmissionItem, @Ctx() { loaders }: IndicatorsContext): Promise<Observation> {
    const observation = await loaders.observation.load(item.observationId);
    if (!observation) throw new Error(`Observation ${item.observationId} of a stored submission no longer exists`);
    return observation;
  }
}
