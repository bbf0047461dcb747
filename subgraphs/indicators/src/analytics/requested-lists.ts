import { In, type DataSource } from 'typeorm';
import { badUserInput } from '@ugf/runtime';
import { Indicator } from '../indicator.entity';

/** The distinct values of a list argument, which must hold 1 to `limit` of them (`what` names the request in the error). */
export function boundedList(what: string, name: string, values: readonly string[], limit: number): string[] {
  const unique = [...new Set(values)];
  if (unique.length < 1 || unique.length > limit) throw badUserInput(`${what} takes 1 to ${limit} ${name}; got ${unique.length}.`, { argument: name });
  return unique;
}

/** The indicators of these codes, by code; an unknown code is BAD_USER_INPUT naming every unknown one. */
export async function requireIndicators(db: DataSource, codes: readonly string[]): Promise<Map<string, Indicator>> {
  const byCode = new Map((await db.getRepository(Indicator).findBy({ code: In([...codes]) })).map((indicator) => [indicator.code, indicator]));
  const unknown = codes.filter((code) => !byCode.has(code));
  if (unknown.length > 0) throw badUserInput(`Unknown indicator code(s): ${unknown.join(', ')}.`, { argument: 'indicatorCodes', unknown });
  return byCode;
}
