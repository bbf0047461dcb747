import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { DataSource, QueryRunner } from 'typeorm';
import { statementOperation, statementWithoutLiterals } from './sql-statement';

const tracer = trace.getTracer('@ugf/runtime/sql');

export interface SqlSpanTarget {
  /** `db.system`: `sqlite`, `mysql` or `mariadb`. */
  system: string;
  /** `db.name`: the MySQL database, or the SQLite file's name. */
  name: string;
}

const traced = new WeakSet<QueryRunner>();

/**
 * One client span per SQL statement, for either engine: every statement TypeORM sends (query builder,
 * repositories, migrations, raw queries) goes through a query runner's `query`, which is wrapped here.
 * Statements run outside any span (start-up migrations and seed, readiness probes) make no span.
 */
export function traceSqlStatements(dataSource: DataSource, target: SqlSpanTarget): void {
  const driver = dataSource.driver;
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    // SQLite hands out one shared runner.
    if (!traced.has(runner)) {
      traced.add(runner);
      wrapQuery(runner, target);
    }
    return runner;
  };
}

function wrapQuery(runner: QueryRunner, target: SqlSpanTarget): void {
  const query = runner.query.bind(runner) as (sql: string, parameters?: unknown, structured?: boolean) => Promise<unknown>;
  const traced = async (sql: string, parameters?: unknown, structured?: boolean): Promise<unknown> => {
    if (!trace.getSpan(context.active())) return query(sql, parameters, structured);
    const operation = statementOperation(sql);
    const span = tracer.startSpan(`${operation} ${target.name}`, {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system': target.system, 'db.name': target.name, 'db.operation': operation, 'db.statement': statementWithoutLiterals(sql) },
    });
    try {
      return await context.with(trace.setSpan(context.active(), span), () => query(sql, parameters, structured));
    } catch (error) {
      // The error's name only: driver messages can quote the values of the statement.
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      throw error;
    } finally {
      span.end();
    }
  };
  runner.query = traced as QueryRunner['query'];
}
