import { GraphQLError, parseConstValue } from 'graphql';
import { PeriodScalar } from '@ugf/indicators';

const refusalOf = (attempt: () => unknown): GraphQLError => {
  try {
    attempt();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('accepted');
};

describe('the Period scalar', () => {
  it.each(['2024', '2024-Q1', '2024-Q3', '1978-Q4'])('accepts %s as a variable value, a literal and a stored value', (period) => {
    expect(PeriodScalar.parseValue(period)).toBe(period);
    expect(PeriodScalar.parseLiteral(parseConstValue(JSON.stringify(period)))).toBe(period);
    expect(PeriodScalar.serialize(period)).toBe(period);
  });

  it.each(['2024-13', '2024-Q5', '2024-Q0', '2024-q3', '24', '20245', ' 2024', '2024 ', 'last year', ''])('refuses %p with BAD_USER_INPUT and a message naming the value', (text) => {
    for (const refusal of [refusalOf(() => PeriodScalar.parseValue(text)), refusalOf(() => PeriodScalar.parseLiteral(parseConstValue(JSON.stringify(text))))]) {
      expect(refusal.message).toBe(`Invalid period ${JSON.stringify(text)}: use a year such as 2024 or a quarter such as 2024-Q3`);
      expect(refusal.extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a period that is not a string, saying it must be one', () => {
    for (const refusal of [
      refusalOf(() => PeriodScalar.parseValue(2024)),
      refusalOf(() => PeriodScalar.parseLiteral(parseConstValue('2024'))),
      refusalOf(() => PeriodScalar.parseValue({ year: 2024 })),
    ]) {
      expect(refusal.message).toMatch(/^Invalid period (2024|\{"year":2024\}): a period is a string such as "2024" \(a year\) or "2024-Q3" \(a quarter\)$/);
      expect(refusal.extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(refusalOf(() => PeriodScalar.parseLiteral(parseConstValue('["2024"]'))).message).toMatch(/^Invalid period \["2024"\]: a period is a string/);
  });

  it('will not answer a stored value that is not a period, and does not blame the client for it', () => {
    const error = refusalOf(() => PeriodScalar.serialize('2024-13'));
    expect(error.message).toBe('Period cannot represent "2024-13"');
    expect(error.extensions.code).toBeUndefined();
  });
});
