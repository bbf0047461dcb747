/** Values are stored as DECIMAL(20, 6): at most 14 digits before the point and 6 after. */
export const MAX_STORED_MAGNITUDE = 99_999_999_999_999;
export const STORED_DECIMALS = 6;

/** The value as it will be stored and read back on every engine: rounded to 6 decimals, -0 as 0. */
export function storedValue(value: number): number {
  const rounded = Number(value.toFixed(STORED_DECIMALS));
  return rounded === 0 ? 0 : rounded;
}

export function isStorable(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= MAX_STORED_MAGNITUDE;
}
