import { Tag } from 'antd';
import type { ReactNode } from 'react';

/** Solid tags with white text: readable (contrast ≥ 4.5:1) whatever the tone. */
const TONES = { good: '#166534', warn: '#92400e', bad: '#b91c1c', info: '#1e40af', neutral: '#4b5563' } as const;
export type Tone = keyof typeof TONES;

export function ColorTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag color={TONES[tone]}>{children}</Tag>;
}

export const STATUS_TONE: Record<string, Tone> = { VERIFIED: 'good', PROVISIONAL: 'warn', REJECTED: 'bad' };
export const TREND_TONE: Record<string, Tone> = { ON_TRACK: 'good', NEEDS_ACCELERATION: 'warn', LIMITED_PROGRESS: 'warn', DETERIORATING: 'bad', INSUFFICIENT_DATA: 'neutral' };
