import { formatPeriod, parsePeriod, Periodicity, periodicityOf } from '@ugf/indicators';

describe('periods', () => {
  it('reads a year as an annual period and a quarter as a quarterly one', () => {
    expect(parsePeriod('2024')).toEqual({ year: 2024, quarter: null });
    expect(parsePeriod('2024-Q3')).toEqual({ year: 2024, quarter: 3 });
    expect(periodicityOf(parsePeriod('2024')!)).toBe(Periodicity.ANNUAL);
    expect(periodicityOf(parsePeriod('2023-Q1')!)).toBe(Periodicity.QUARTERLY);
  });

  it.each(['24', '2024-Q5', '2024-Q0', '2024Q3', '2024-q3', ' 2024', '2024-03', ''])('rejects %p', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('formats what it parses back to the same text', () => {
    for (const text of ['2019', '2030-Q4']) expect(formatPeriod(parsePeriod(text)!)).toBe(text);
  });
});
