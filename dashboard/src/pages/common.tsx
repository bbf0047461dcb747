import { Select } from 'antd';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { PERIODS } from '../catalogue';
import { extensionText } from '../error-extensions';

/** A labelled control of a page's filter bar. */
export function Field({ label, children, width }: { label: string; children: ReactNode; width?: number | string }) {
  return (
    <label style={{ minWidth: width ?? 160 }}>
      <span>{label}</span>
      {children}
    </label>
  );
}

export function PeriodSelect({ value, onChange, label }: { value: string; onChange: (value: string) => void; label: string }) {
  return <Select aria-label={label} value={value} onChange={onChange} options={PERIODS.map((period) => ({ value: period, label: period }))} data-testid="period-select" style={{ width: '100%' }} />;
}

/** Figures as the API gives them, shown in the table beside each chart. */
export const round = (value: number | null | undefined, digits = 2) => (value === null || value === undefined ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/** "Name (unit)", unless the name already ends with its unit. */
export const withUnit = (name: string, unit: string) => (unit && !name.includes(`(${unit})`) && !name.includes(`（${unit}）`) ? `${name} (${unit})` : name);

/** A refused write as its error codes and messages, or the network failure. */
export function describeError(error: CombinedError | undefined): string {
  if (!error) return 'Unknown error';
  if (error.networkError && !error.graphQLErrors.length) return error.networkError.message;
  return error.graphQLErrors.map((e) => `${extensionText(e, 'code') ?? 'ERROR'}: ${e.message}`).join('; ');
}
