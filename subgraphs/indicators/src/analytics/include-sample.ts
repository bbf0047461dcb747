import { Arg, Field } from 'type-graphql';

/**
 * The `includeSample` argument of every analytic (rankings, comparisons, series, progress, the declaration
 * index, framework progress, peers, per-capita values, case impact, availability, breakdowns): false unless
 * the caller asks, so that a synthetic demo value is never counted as a statistic by accident.
 */
export const IncludeSampleArg = () =>
  Arg('includeSample', () => Boolean, {
    defaultValue: false,
    description: 'Count synthetic sample values and targets (`sample: true`, a demo) too; by default they are left out, and the answer says so (`includesSample`).',
  });

/** The answer's statement of what it counted: the `includeSample` it was asked with. */
export const IncludesSampleField = () =>
  Field({ description: 'True when synthetic sample values and targets were counted (`includeSample: true`); false when they were left out, so that every figure rests on reported values.' });
