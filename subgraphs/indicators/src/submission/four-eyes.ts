import { apiError, ErrorCode, type Identity } from '@ugf/runtime';
import { ObservationStatus } from '../indicator.enums';
import type { ObservationRevision } from '../observation-revision.entity';

/**
 * The revision that put the current value in place: the latest submission or correction (always
 * PROVISIONAL), or revision 1 for a value loaded with its status. A review keeps the value it decides on.
 */
function valueRevisionOf(history: readonly ObservationRevision[], current: ObservationRevision): ObservationRevision {
  const earlier = history.filter((entry) => entry.revision <= current.revision).sort((a, b) => b.revision - a.revision);
  return earlier.find((entry) => entry.status === ObservationStatus.PROVISIONAL || entry.revision === 1) ?? current;
}

/**
 * Four eyes: nobody verifies or rejects the current revision if they wrote it, nor the value it holds if
 * they submitted that value, whatever their role. Returns the refusal, or null when the caller may review.
 */
export function ownRevisionRefusal(identity: Identity, history: readonly ObservationRevision[], currentRevision: number) {
  const current = history.find((entry) => entry.revision === currentRevision);
  if (!current) return null;
  const own = [current, valueRevisionOf(history, current)].find((entry) => entry.author === identity.sub);
  if (!own) return null;
  const what = own === current ? `revision ${own.revision}, the current revision` : `revision ${own.revision}, whose value the current revision ${current.revision} holds`;
  return apiError(ErrorCode.FORBIDDEN, `You (${identity.sub}) wrote ${what} of this observation: a value is verified or rejected by someone other than its author. Nothing was written.`, {
    reason: 'OWN_REVISION',
    revision: own.revision,
  });
}
