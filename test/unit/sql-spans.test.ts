import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { DataSource } from 'typeorm';
import { statementOperation, statementWithoutLiterals, traceSqlStatements } from '@ugf/runtime';

describe('SQL statements as spans', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('test');
  let db: DataSource;

  beforeAll(async () => {
    provider.register();
    db = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    traceSqlStatements(db, { system: 'sqlite', name: 'cities.sqlite' });
    await db.initialize();
    await db.query(`CREATE TABLE city (id TEXT PRIMARY KEY, population INTEGER)`);
  });
  afterAll(async () => {
    await db.destroy();
    await provider.shutdown();
    trace.disable();
    context.disable();
  });
  beforeEach(() => exporter.reset());

  it('makes one client span per statement under the active span, with db.system and the statement without its values', async () => {
    await tracer.startActiveSpan('request', async (request) => {
      await db.query(`INSERT INTO city (id, population) VALUES ('shenzhen', 17560061)`);
      await db.createQueryBuilder().select('id').from('city', 'c').where('c.population > :min', { min: 1000 }).getRawMany();
      request.end();
    });
    const spans = exporter.getFinishedSpans();
    const request = spans.find((span) => span.name === 'request');
    const statements = spans.filter((span) => span.attributes['db.statement'] !== undefined);
    expect(statements.map((span) => span.name)).toEqual(['INSERT cities.sqlite', 'SELECT cities.sqlite']);
    for (const span of statements) {
      expect(span.kind).toBe(SpanKind.CLIENT);
      expect(span.attributes['db.system']).toBe('sqlite');
      expect(span.attributes['db.name']).toBe('cities.sqlite');
      expect(span.parentSpanContext?.spanId).toBe(request?.spanContext().spanId);
      expect(span.spanContext().traceId).toBe(request?.spanContext().traceId);
    }
    expect(statements[0].attributes['db.statement']).toBe('INSERT INTO city (id, population) VALUES (?, ?)');
    expect(statements[1].attributes['db.statement']).toBe('SELECT id FROM "city" "c" WHERE c.population > ?');
    expect(JSON.stringify(statements.map((span) => span.attributes))).not.toMatch(/shenzhen|17560061|1000/);
  });

  it('makes no span for statements outside any span (start-up, probes)', async () => {
    await db.query('SELECT 1');
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it('marks a failed statement as an error without the driver message, which can quote values', async () => {
    await tracer.startActiveSpan('request', async (request) => {
      await db.query(`INSERT INTO city (id) VALUES ('beijing')`);
      await expect(db.query(`INSERT INTO city (id) VALUES ('beijing')`)).rejects.toThrow(/UNIQUE/);
      request.end();
    });
    const failed = exporter.getFinishedSpans().filter((span) => span.status.code === SpanStatusCode.ERROR);
    expect(failed).toHaveLength(1);
    expect(JSON.stringify(failed[0].status)).not.toMatch(/beijing|UNIQUE/);
    expect(failed[0].events).toEqual([]);
  });
});

describe('statement text for spans', () => {
  it('replaces string, hex and numeric literals, not identifiers that contain digits', () => {
    expect(statementWithoutLiterals(`SELECT "t1"."value_2024" FROM t1 WHERE name = 'O''Brien' AND x = 0x1F AND y IN (1, 2.5, -3e4) LIMIT 10`)).toBe(
      `SELECT "t1"."value_2024" FROM t1 WHERE name = ? AND x = ? AND y IN (?, ?, -?) LIMIT ?`,
    );
    expect(statementWithoutLiterals('SAVEPOINT typeorm_1')).toBe('SAVEPOINT typeorm_1');
  });

  it('cuts very long statements and names the operation', () => {
    expect(statementWithoutLiterals(`SELECT ${'?, '.repeat(2_000)}?`)).toHaveLength(2_001);
    expect(statementOperation('  start transaction')).toBe('START');
    expect(statementOperation('-- comment')).toBe('SQL');
  });
});
