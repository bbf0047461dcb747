import type { ValueTransformer } from 'typeorm';

/** DECIMAL columns: drivers may hand back strings; the API always speaks numbers. */
export const decimalToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

/** Column type shared by both engines for exact measured values. */
export const VALUE_COLUMN = { type: 'decimal', precision: 20, scale: 6, transformer: decimalToNumber } as const;
