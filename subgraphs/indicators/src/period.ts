import { Periodicity } from './indicator.enums';

export interface Period {
  year: number;
  /** 1–4 for quarterly periods, null for annual ones. */
  quarter: number | null;
}

const PERIOD_PATTERN = /^(\d{4})(?:-Q([1-4]))?$/;

/** What a period looks like, for messages: "use …", "must be …". */
export const PERIOD_FORMAT = 'a year such as 2024 or a quarter such as 2024-Q3';

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

/** The period before: 2023 for 2024, 2023-Q4 for 2024-Q1. */
export function previousPeriod(period: Period): Period {
  if (period.quarter === null) return { year: period.year - 1, quarter: null };
  return period.quarter === 1 ? { year: period.year - 1, quarter: 4 } : { year: period.year, quarter: period.quarter - 1 };
}

/** A period is in the future when it has not started yet (a year or quarter under way may be reported). */
export function isFuturePeriod(period: Period, now: Date): boolean {
  const start = Date.UTC(period.year, period.quarter === null ? 0 : (period.quarter - 1) * 3, 1);
  return start > now.getTime();
}

/** A period as a point in time in years, for growth rates: 2024 → 2024, 2024-Q3 → 2024.5. */
export function periodInYears(period: Period): number {
  return period.year + (period.quarter === null ? 0 : (period.quarter - 1) / 4);
}
