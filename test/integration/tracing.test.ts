import { startOtlpCollector, type CollectedSpan } from '../helpers/otlp-collector';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';

// Initiatives, then indicators and cases, then cities: four subgraphs behind one gateway request.
const FEDERATED_QUERY = gql<{ initiative: { cases: { nodes: unknown[] } } }>(`{ initiative(id: "4") { number title indicators { code name } cases { nodes { title city { name nameZh } } } } }`);
const SERVER = 2;

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  for (const start = Date.now(); !condition();) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for spans');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The JSON log lines of one service's process. */
const logLines = (system: TestStack, service: 'cities' | 'cases' | 'gateway'): Record<string, unknown>[] =>
  system.stack
    .process(service)
    .log.split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });

describe('distributed tracing with TRACING=otlp', () => {
  let collector: Awaited<ReturnType<typeof startOtlpCollector>>;
  let system: TestStack;
  beforeAll(async () => {
    collector = await startOtlpCollector();
    system = await startTestStack({ TRACING: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100', LOG_LEVEL: 'trace' });
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
    await collector?.stop();
  }, 60_000);

  it('makes no trace of the start-up (schema parsing, migrations, seed, probes)', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(collector.spans).toEqual([]);
  });

  it('makes one trace of a federated query: gateway, the subgraphs it calls, and their SQL statements', async () => {
    const before = collector.spans.length;
    const result = await system.query(FEDERATED_QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.data?.initiative.cases.nodes.length).toBeGreaterThan(0);

    const spansOfQuery = () => collector.spans.slice(before);
    const subgraphServerSpans = () => spansOfQuery().filter((span) => span.kind === SERVER && span.service !== 'gateway');
    await waitFor(() => new Set(subgraphServerSpans().map((span) => span.service)).size >= 4 && spansOfQuery().some((span) => span.name === 'gateway.request'));
    // Spans still in the subgraphs' buffers come with the next export, 100 ms later.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const spans = spansOfQuery();

    const traceIds = new Set(spans.map((span) => span.traceId));
    expect(traceIds.size).toBe(1);
    const [traceId] = traceIds;
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(spans.map((span) => span.service))).toEqual(new Set(['gateway', 'cities', 'initiatives', 'indicators', 'cases']));

    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const roots = spans.filter((span) => !span.parentSpanId);
    expect(roots).toEqual([expect.objectContaining({ service: 'gateway', kind: SERVER })]);
    for (const span of spans) if (span.parentSpanId) expect(byId.get(span.parentSpanId)).toBeDefined();

    for (const server of subgraphServerSpans()) {
      const parent = byId.get(server.parentSpanId as string) as CollectedSpan;
      expect(parent).toMatchObject({ service: 'gateway', name: 'gateway.fetch', attributes: { service: server.service } });
    }

    const sql = spans.filter((span) => span.attributes['db.statement'] !== undefined);
    expect(sql.length).toBeGreaterThan(0);
    const subgraphsWithSql = new Set<string>();
    for (const statement of sql) {
      expect(statement.attributes['db.system']).toMatch(/^(sqlite|mysql|mariadb)$/);
      expect(statement.attributes['db.statement']).toMatch(/^SELECT /);
      expect(statement.attributes['db.statement']).not.toMatch(/'/);
      let ancestor = byId.get(statement.parentSpanId as string);
      while (ancestor && ancestor.kind !== SERVER) ancestor = byId.get(ancestor.parentSpanId as string);
      expect(ancestor?.service).toBe(statement.service);
      subgraphsWithSql.add(statement.service);
    }
    expect(subgraphsWithSql.size).toBeGreaterThanOrEqual(2);

    // The subgraph's log lines written inside the request carry its trace.
    const requestLines = logLines(system, 'cases').filter((line) => line.msg === 'sql' && line.trace_id === traceId);
    expect(requestLines.length).toBeGreaterThan(0);
    for (const line of requestLines) expect(byId.has(line.span_id as string)).toBe(true);
  });
});

describe('tracing off (the default)', () => {
  let collector: Awaited<ReturnType<typeof startOtlpCollector>>;
  let system: TestStack;
  beforeAll(async () => {
    collector = await startOtlpCollector();
    // Everything but TRACING itself: no span may be made or sent.
    system = await startTestStack({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100', LOG_LEVEL: 'trace' });
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
    await collector?.stop();
  }, 60_000);

  it('exports nothing and writes no trace fields in the logs', async () => {
    const result = await system.query(FEDERATED_QUERY);
    expect(result.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(collector.exports).toBe(0);
    const lines = logLines(system, 'cases');
    expect(lines.some((line) => line.msg === 'sql')).toBe(true);
    for (const line of lines) {
      expect(line).not.toHaveProperty('trace_id');
      expect(line).not.toHaveProperty('span_id');
    }
  });
});
