import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { Column, type ValueTransformer } from 'typeorm';
import { VALUE_COLUMN } from '@ugf/runtime';
import { ValueNature } from './value-nature';

/** Footnotes are kept as a JSON array in one text column; no footnotes is NULL, read back as []. */
const footnotesColumn: ValueTransformer = {
  to: (footnotes: readonly string[] | null | undefined) => (footnotes && footnotes.length > 0 ? JSON.stringify(footnotes) : null),
  from: (stored: string | null) => (stored ? (JSON.parse(stored) as string[]) : []),
};

/** The stored columns of ValueAttributes, for statements that copy them (a seeded value's first revision). */
export const ATTRIBUTE_COLUMNS = ['nature', 'lower_bound', 'upper_bound', 'unit_multiplier', 'series_break', 'series_break_reason', 'footnotes'] as const;

/**
 * What is said about one value besides the number (SDMX observation attributes): stored with every
 * observation and every revision (an embedded set of columns), returned with every value an analytic shows.
 */
@ObjectType({
  description:
    'What is said about a value besides the number, in the manner of SDMX observation attributes: its nature, an interval, the unit multiplier it is expressed in, a break in the series, footnotes. Every field is optional on input.',
})
export class ValueAttributes {
  @Field(() => ValueNature, { nullable: true, description: 'How the value came about (UN SDG database codes); null when not stated.' })
  @Column({ type: 'varchar', length: 2, nullable: true })
  nature: ValueNature | null;

  @Field(() => Float, { nullable: true, description: 'Lower end of a confidence or plausibility interval around the value, in the same unit and multiplier; given with upperBound or not at all.' })
  @Column({ ...VALUE_COLUMN, name: 'lower_bound', nullable: true })
  lowerBound: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper end of the interval.' })
  @Column({ ...VALUE_COLUMN, name: 'upper_bound', nullable: true })
  upperBound: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The value is in units of 10^unitMultiplier × the indicator's unit (3: thousands). Null: the indicator's own multiplier (`Indicator.metadata.unitMultiplier`). Analytics convert every value to the indicator's multiplier, so their attributes say null.",
  })
  @Column({ name: 'unit_multiplier', type: 'integer', nullable: true })
  unitMultiplier: number | null;

  @Field({ description: 'True when this value is not comparable with the values before it (a change of definition, method or source); seriesBreakReason says why.' })
  @Column({ name: 'series_break', type: 'boolean', default: false })
  seriesBreak: boolean;

  @Field(() => String, { nullable: true, description: 'Why the series breaks at this value; set exactly when seriesBreak is true.' })
  @Column({ name: 'series_break_reason', type: 'varchar', length: 500, nullable: true })
  seriesBreakReason: string | null;

  @Field(() => [String], { description: 'Footnotes to the value, in order (at most 5); empty when there are none.' })
  @Column({ type: 'text', nullable: true, transformer: footnotesColumn })
  footnotes: string[];
}

@InputType({ description: 'Attributes of a submitted value; every field may be left out.' })
export class ValueAttributesInput {
  @Field(() => ValueNature, { nullable: true, description: 'How the value came about.' })
  nature?: ValueNature | null;

  @Field(() => Float, { nullable: true, description: 'Lower bound of an interval around the value (with upperBound; lowerBound ≤ value ≤ upperBound).' })
  lowerBound?: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of the interval (with lowerBound).' })
  upperBound?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "The value (and its bounds) are in units of 10^unitMultiplier × the indicator's unit, from -15 to 15; leave it out for the indicator's own multiplier.",
  })
  unitMultiplier?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the series breaks at this value; then seriesBreakReason is required.' })
  seriesBreak?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why the series breaks here (1–500 characters); only with seriesBreak.' })
  seriesBreakReason?: string | null;

  @Field(() => [String], { nullable: true, description: 'Footnotes, at most 5, each 1–500 characters.' })
  footnotes?: string[] | null;
}
