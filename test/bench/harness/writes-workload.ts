import type { DataShape } from './workloads';

export interface WriteResult {
  batches: { label: string; items: number; seconds: number; outcome: string }[];
  newValuesSeconds: number;
  correctionsSeconds: number;
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}
interface Submitted {
  submitObservations: { created: number; corrected: number; unchanged: number; flagged: number };
}
interface Latest {
  comparison: { cells: { cityId: string; indicatorCode: string; value: number; missing: boolean }[] };
  indicators: { code: string; validMin: number | null; validMax: number | null }[];
}

const SUBMIT = `mutation Submit($input: SubmitObservationsInput!) { submitObservations(input: $input) { created corrected unchanged flagged } }`;
const LATEST = `query Latest($cityIds: [ID!]!, $indicatorCodes: [ID!]!, $periods: [Period!]!) {
  comparison(includeSample: true, cityIds: $cityIds, indicatorCodes: $indicatorCodes, periods: $periods) { cells { cityId indicatorCode value missing } }
  indicators { code validMin validMax }
}`;

async function post<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<GraphQLAnswer<T>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as GraphQLAnswer<T>;
}

/**
 * W6: `batchSize * 2` new values (the period after the latest) in two `submitObservations` batches, then
 * `corrections` corrections of them, each batch timed end to end through the gateway. New values move 1 %
 * from the city's latest value, so they stay inside each indicator's valid range.
 */
export async function runWrites(gatewayUrl: string, adminToken: string, data: DataShape, batchSize: number, corrections: number): Promise<WriteResult> {
  const nextPeriod = String(Number(data.latestPeriod) + 1);
  const perBatchCities = Math.ceil(batchSize / data.indicatorCodes.length);
  const cityIds = data.cityIds.slice(0, perBatchCities * 2);
  const latest = new Map<string, number>();
  let bounds = new Map<string, { validMin: number | null; validMax: number | null }>();
  for (let start = 0; start < data.indicatorCodes.length; start += 50) {
    const answer = await post<Latest>(gatewayUrl, adminToken, LATEST, { cityIds, indicatorCodes: data.indicatorCodes.slice(start, start + 50), periods: [data.latestPeriod] });
    if (answer.errors) throw new Error(`W6 could not read the latest values: ${answer.errors[0].message}`);
    const { comparison, indicators } = answer.data!;
    for (const cell of comparison.cells) if (!cell.missing) latest.set(`${cell.cityId}/${cell.indicatorCode}`, cell.value);
    bounds = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  }
  const clamp = (code: string, value: number) => {
    const bound = bounds.get(code);
    return Math.min(bound?.validMax ?? Infinity, Math.max(bound?.validMin ?? -Infinity, Number(value.toFixed(4))));
  };
  const items = cityIds.flatMap((cityId) =>
    data.indicatorCodes.map((indicatorCode) => ({
      cityId,
      indicatorCode,
      period: nextPeriod,
      value: clamp(indicatorCode, (latest.get(`${cityId}/${indicatorCode}`) ?? 50) * 1.01),
      source: 'Benchmark W6 (synthetic)',
    })),
  );
  const runId = Date.now().toString(36);
  const batches: WriteResult['batches'] = [];
  const submit = async (label: string, batch: typeof items) => {
    const started = performance.now();
    const answer = await post<Submitted>(gatewayUrl, adminToken, SUBMIT, { input: { idempotencyKey: `bench-${runId}-${label.replace(/\W+/g, '-')}`, items: batch } });
    const seconds = (performance.now() - started) / 1000;
    if (answer.errors) throw new Error(`W6 ${label} failed: ${answer.errors[0].message}`);
    const outcome = answer.data!.submitObservations;
    batches.push({ label, items: batch.length, seconds, outcome: `created ${outcome.created}, corrected ${outcome.corrected}, unchanged ${outcome.unchanged}` });
    return outcome;
  };
  await submit('new values 1', items.slice(0, batchSize));
  await submit('new values 2', items.slice(batchSize, batchSize * 2));
  const corrected = items.slice(0, corrections).map((item) => ({ ...item, value: item.value === 0 ? 1 : Number((item.value * 0.995).toFixed(4)), note: 'Benchmark correction' }));
  await submit('corrections', corrected);
  return {
    batches,
    newValuesSeconds: batches[0].seconds + batches[1].seconds,
    correctionsSeconds: batches[2].seconds,
  };
}
