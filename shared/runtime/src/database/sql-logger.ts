import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import type { Logger } from '../logging/logger';

/**
 * TypeORM logger that counts every SQL statement the service sends (the proof that loaders batch) and
 * forwards errors, slow queries and migrations to the service log.
 */
export class SqlLogger implements TypeOrmLogger {
  private statements = 0;

  constructor(private readonly output: Logger) {}

  get statementCount(): number {
    return this.statements;
  }

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.statements += 1;
    this.output.trace({ query, parameters }, 'sql');
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    this.output.error({ err: error, query }, 'sql error');
  }

  logQuerySlow(time: number, query: string): void {
    this.output.warn({ time, query }, 'slow sql');
  }

  logSchemaBuild(message: string): void {
    this.output.debug(message);
  }

  logMigration(message: string): void {
    this.output.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.output.warn(String(message));
    else this.output.debug(String(message));
  }
}
