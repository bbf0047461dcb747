import { z } from 'zod';
import { SUBMIT_OBSERVATIONS, type InvalidItem, type SubmitObservationsInput, type SubmitObservationsResult } from './contract';

/**
 * What became of one submission. `failed.code` is the server's `extensions.code`, or one of the client's
 * own: NETWORK, TIMEOUT, HTTP_<status>, BAD_RESPONSE.
 */
export type SubmitOutcome =
  | { kind: 'applied'; result: SubmitObservationsResult }
  | { kind: 'invalid-items'; invalidItems: InvalidItem[]; message: string }
  | { kind: 'failed'; code: string; message: string; retryable: boolean };

/** Sends one batch once. Every failure, network included, is a resolved `failed` outcome: it never rejects. */
export type SubmitTransport = (input: SubmitObservationsInput) => Promise<SubmitOutcome>;

export interface GatewayClientOptions {
  url: string;
  token: string;
  /** A request that takes longer counts as a network failure (and is retried). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const DEFAULT_TIMEOUT_MS = 120_000;

/** Codes that say the request itself is wrong: sending it again cannot succeed. */
const DEFINITIVE_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

const invalidItemsSchema = z.array(z.object({ index: z.number().int().nonnegative(), field: z.string(), reason: z.string() })).min(1);

const envelopeSchema = z.object({
  data: z.unknown().optional(),
  errors: z
    .array(
      z.object({
        message: z.string(),
        extensions: z.object({ code: z.string().optional(), invalidItems: z.unknown().optional(), conflictItems: z.unknown().optional() }).loose().optional(),
      }),
    )
    .optional(),
});

const count = z.number().int().nonnegative();
const resultSchema = z.object({
  submitObservations: z.object({
    idempotencyKey: z.string(),
    replayed: z.boolean(),
    created: count,
    corrected: count,
    unchanged: count,
    flagged: count,
    items: z.array(z.object({ index: count, outcome: z.enum(['CREATED', 'CORRECTED', 'UNCHANGED']), flagReason: z.string().nullable() })),
  }),
});

export function createGatewayTransport(options: GatewayClientOptions): SubmitTransport {
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return async (input) => {
    let status: number;
    let text: string;
    try {
      const response = await send(options.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: SUBMIT_OBSERVATIONS, variables: { input } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      return networkFailure(error, options.url, timeoutMs);
    }
    return interpretResponse(status, text);
  };
}

/** Reads a GraphQL-over-HTTP answer; errors in the body take precedence over the HTTP status. */
export function interpretResponse(status: number, text: string): SubmitOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const envelope = envelopeSchema.safeParse(json);
  const errors = envelope.success ? (envelope.data.errors ?? []) : [];

  if (errors.length > 0) {
    const message = [...new Set(errors.map((error) => error.message))].join('; ');
    const invalidItems = invalidItemsOf(errors);
    if (invalidItems) return { kind: 'invalid-items', invalidItems, message };
    const code = errors.find((error) => error.extensions?.code)?.extensions?.code ?? (status >= 400 ? `HTTP_${status}` : 'GRAPHQL_ERROR');
    return { kind: 'failed', code, message, retryable: code === 'SERVICE_UNAVAILABLE' || (status >= 500 && !DEFINITIVE_CODES.has(code)) };
  }
  if (status < 200 || status > 299) {
    return { kind: 'failed', code: `HTTP_${status}`, message: `the gateway answered HTTP ${status}${snippet(text)}`, retryable: status >= 500 };
  }
  const data = envelope.success ? resultSchema.safeParse(envelope.data.data) : undefined;
  if (!data?.success) {
    return { kind: 'failed', code: 'BAD_RESPONSE', message: `the gateway's answer is not a submitObservations result${snippet(text)}`, retryable: false };
  }
  return { kind: 'applied', result: data.data.submitObservations };
}

type GraphQLErrorBody = NonNullable<z.infer<typeof envelopeSchema>['errors']>[number];

/**
 * The rows to drop, only when every error names them: a BAD_USER_INPUT's invalid items, or a CONFLICT's
 * items (a value changed since this batch was applied, or a correction based on an older revision).
 * Otherwise the batch cannot be repaired.
 */
function invalidItemsOf(errors: GraphQLErrorBody[]): InvalidItem[] | undefined {
  const invalidItems: InvalidItem[] = [];
  for (const error of errors) {
    const code = error.extensions?.code;
    if (code !== 'BAD_USER_INPUT' && code !== 'CONFLICT') return undefined;
    const items = invalidItemsSchema.safeParse(code === 'CONFLICT' ? error.extensions?.conflictItems : error.extensions?.invalidItems);
    if (!items.success) return undefined;
    invalidItems.push(...items.data);
  }
  return invalidItems;
}

function networkFailure(error: unknown, url: string, timeoutMs: number): SubmitOutcome {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return { kind: 'failed', code: 'TIMEOUT', message: `no answer from ${url} within ${timeoutMs / 1000} s`, retryable: true };
  }
  const cause: NodeJS.ErrnoException | undefined = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return { kind: 'failed', code: 'NETWORK', message: `cannot reach ${url}: ${detail}`, retryable: true };
}

function snippet(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed === '' ? '' : `: ${trimmed.length > 200 ? `${trimmed.slice(0, 200)}…` : trimmed}`;
}
