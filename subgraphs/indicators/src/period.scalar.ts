import { GraphQLError, GraphQLScalarType, Kind, print } from 'graphql';
import { badUserInput } from '@ugf/runtime';
import { PERIOD_FORMAT, parsePeriod } from './period';

/** `shown` is the value as the client wrote it: a JSON value of a variable, or the literal's text. */
function refusal(shown: string, isString: boolean): GraphQLError {
  return badUserInput(isString ? `Invalid period ${shown}: use ${PERIOD_FORMAT}` : `Invalid period ${shown}: a period is a string such as "2024" (a year) or "2024-Q3" (a quarter)`);
}

function acceptedInput(value: unknown): string {
  if (typeof value === 'string' && parsePeriod(value)) return value;
  throw refusal(JSON.stringify(value) ?? String(value), typeof value === 'string');
}

function storedPeriod(value: unknown): string {
  if (typeof value === 'string' && parsePeriod(value)) return value;
  throw new GraphQLError(`Period cannot represent ${JSON.stringify(value)}`);
}

/**
 * `2024` or `2024-Q3`, checked where a request comes in: arguments, input fields and variables. The gateway
 * passes custom scalars through unchecked, so this subgraph is the boundary; a refusal is BAD_USER_INPUT.
 */
export const PeriodScalar = new GraphQLScalarType<string, string>({
  name: 'Period',
  description: 'A reporting period: a year such as `2024` for annual indicators, a quarter such as `2024-Q3` for quarterly ones.',
  serialize: storedPeriod,
  parseValue: acceptedInput,
  parseLiteral(node) {
    if (node.kind !== Kind.STRING) throw refusal(print(node), false);
    return acceptedInput(node.value);
  },
});
