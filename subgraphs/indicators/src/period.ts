import { Periodicity } from './indicator.enums';

export interface Period {
  year: number;
  /** 1–4 for quarterly periods, null for annual ones. */
  quarter: number | null;
}

const PERIOD_PATTERN = /^(\d{4})(?:-Q([1-4]))?$/;

/** Parses `2024` or `2024-Q3`; anything else is null. */
export function parsePeriod(text: string): Period | null {
  const match = PERIOD_PATTERN.exec(text);
  if (!match) return null;
  return { year: Number(match[1]), quarter: match[2] ? Number(match[2]) : null };
}

export function periodicityOf(period: Period): Periodicity {
  return period.quarter === null ? Periodicity.ANNUAL : Periodicity.QUARTERLY;
}

export function formatPeriod(period: Period): string {
  return period.quarter === null ? String(period.year) : `${period.year}-Q${period.quarter}`;
}
