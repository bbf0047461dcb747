/**
 * Whether the reader has asked their system for less motion (`prefers-reduced-motion`, WCAG 2.3.3): charts
 * are then drawn at once instead of animated, and antd's transitions and skeleton shimmer are off.
 */
export const REDUCED_MOTION: boolean = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
