/** Longer statements (lists of thousands of placeholders) are cut here in the span. */
const MAX_STATEMENT_LENGTH = 2_000;

/**
 * The statement as a span may show it: string, hex and numeric literals become `?`, like the values
 * TypeORM already binds as parameters, so that no value written to or read from the database is recorded.
 */
export function statementWithoutLiterals(sql: string): string {
  const masked = sql
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\b0x[0-9a-f]+\b/gi, '?')
    .replace(/\b\d+(?:\.\d+)?(?:e[+-]?\d+)?\b/gi, '?')
    .replace(/\s+/g, ' ')
    .trim();
  return masked.length > MAX_STATEMENT_LENGTH ? `${masked.slice(0, MAX_STATEMENT_LENGTH)}…` : masked;
}

/** `SELECT`, `INSERT`, `START TRANSACTION`…: the statement's first word, upper case. */
export function statementOperation(sql: string): string {
  return /^\s*([a-z]+)/i.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
}
