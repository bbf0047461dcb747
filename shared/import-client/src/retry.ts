import { setTimeout as delay } from 'node:timers/promises';
import type { SubmitOutcome, SubmitTransport } from './gateway-client';
import type { SubmitObservationsInput } from './contract';

export interface RetryPolicy {
  /** One entry per retry: the wait before it. */
  delaysMs: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

/** Three retries, about 3.5 s in all: enough for a restarting subgraph, short enough for a person waiting. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { delaysMs: [500, 1000, 2000] };

export interface RetryNotice {
  code: string;
  message: string;
  /** 1 for the first retry. */
  retry: number;
  of: number;
  delayMs: number;
}

/**
 * Sends a batch until it gets an answer that is not a retryable failure, or the retries run out. Resending
 * is safe because the idempotency key makes the server apply a batch at most once.
 */
export async function submitWithRetries(
  transport: SubmitTransport,
  input: SubmitObservationsInput,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  onRetry?: (notice: RetryNotice) => void,
): Promise<SubmitOutcome> {
  const sleep = policy.sleep ?? ((ms: number) => delay(ms));
  let outcome = await transport(input);
  for (let retry = 1; retry <= policy.delaysMs.length && outcome.kind === 'failed' && outcome.retryable; retry++) {
    const delayMs = policy.delaysMs[retry - 1];
    onRetry?.({ code: outcome.code, message: outcome.message, retry, of: policy.delaysMs.length, delayMs });
    await sleep(delayMs);
    outcome = await transport(input);
  }
  return outcome;
}
