import { gql, type TypedQuery } from '../helpers/typed-query';

/** One request of the steady traffic: when it started and ended, and how it was answered. */
export interface Outcome {
  kind: 'read' | 'write';
  startedAt: number;
  endedAt: number;
  ok: boolean;
  /** `extensions.code` of the first error, `HTTP <status>`, or `NETWORK` when no answer came. */
  error?: string;
  /** For writes: the idempotency key and the item it carried. */
  key?: string;
  item?: WriteItem;
}

export interface WriteItem {
  cityId: string;
  indicatorCode: string;
  period: string;
  value: number;
  source: string;
}

export const READ_QUERY = gql<{ cities: unknown[] }>('{ cities { id name observations(indicatorCode: "PM25_ANNUAL_MEAN", period: "2024") { nodes { value } } cases { nodes { title } } } }');
export const SUBMIT = gql<{ submitObservations: { replayed: boolean; created: number; items: { outcome: string; observation: { id: string; value: number; revision: number } }[] } }>(
  'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { replayed created items { outcome observation { id value revision } } } }',
);

export type GraphQLAnswer<T = unknown> = { status: number; body?: { data?: T | null; errors?: { message: string; extensions?: { code?: string; service?: string } }[] } };

/** POSTs one operation; network failures and timeouts are answers too (status 0). */
export async function post<T>(url: string, query: TypedQuery<T>, variables?: Record<string, unknown>, token?: string): Promise<GraphQLAnswer<T>> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) as GraphQLAnswer<T>['body'] };
    } catch {
      return { status: response.status };
    }
  } catch {
    return { status: 0 };
  }
}

export function errorOf(answer: GraphQLAnswer): string | undefined {
  if (answer.status === 0) return 'NETWORK';
  const extensions = answer.body?.errors?.[0]?.extensions;
  if (extensions?.code) return extensions.service ? `${extensions.code} (${extensions.service})` : extensions.code;
  if (answer.status !== 200 || !answer.body?.data) return `HTTP ${answer.status}`;
  return undefined;
}

const CITIES = ['beijing', 'shanghai', 'tianjin', 'chongqing', 'shijiazhuang', 'xiongan', 'hohhot', 'hangzhou', 'jinan', 'guangzhou', 'shenzhen', 'haikou', 'chengdu'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A steady mix of reads (a query over three subgraphs) and single-item submissions, each to its own
 * (city, indicator, period) under its own idempotency key, sent through the entry URL until stopped.
 * Every request is recorded.
 */
export function startTraffic(entryUrl: string, token: string, run: string, workers = { readers: 3, writers: 2 }) {
  const outcomes: Outcome[] = [];
  let running = true;
  let sequence = 0;

  const reader = async () => {
    while (running) {
      const startedAt = Date.now();
      const answer = await post(entryUrl, READ_QUERY);
      const error = errorOf(answer) ?? (answer.body?.data?.cities?.length === 13 ? undefined : 'INCOMPLETE');
      outcomes.push({ kind: 'read', startedAt, endedAt: Date.now(), ok: !error, error });
      await sleep(100);
    }
  };
  const writer = async () => {
    while (running) {
      sequence += 1;
      const key = `${run}-${sequence}`;
      const item: WriteItem = {
        cityId: CITIES[sequence % CITIES.length],
        indicatorCode: 'LEGAL_AID_CASES',
        period: String(1000 + Math.floor(sequence / CITIES.length)),
        value: sequence,
        source: `cluster test ${run}`,
      };
      const startedAt = Date.now();
      const answer = await post(entryUrl, SUBMIT, { input: { idempotencyKey: key, items: [item] } }, token);
      const created = answer.body?.data?.submitObservations?.created;
      const error = errorOf(answer) ?? (created === 1 ? undefined : 'UNEXPECTED');
      outcomes.push({ kind: 'write', startedAt, endedAt: Date.now(), ok: !error, error, key, item });
      await sleep(200);
    }
  };
  const loops = [...Array.from({ length: workers.readers }, reader), ...Array.from({ length: workers.writers }, writer)];
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
