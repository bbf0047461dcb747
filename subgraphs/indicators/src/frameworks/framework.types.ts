import { IncludesSampleField } from '../analytics/include-sample';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { boundedList, LIST_SIZE } from '@ugf/runtime';
import { City } from '../federated-stubs';
import { FrameworkElement } from './framework-element.entity';
import { PeriodScalar } from '../period.scalar';

export const FRAMEWORKS = [
  { id: 'DECLARATION', name: 'Beijing Declaration on the Modernization of Urban Governance (2022): ten-point initiative' },
  { id: 'CCWC_2025', name: 'Central City Work Conference (2025): seven key tasks' },
  { id: 'SDG_11', name: 'UN Sustainable Development Goal 11 targets' },
  { id: 'ISO_37120', name: 'ISO 37120:2018 themes' },
] as const;

@ObjectType({ description: 'A framework the indicators can be read against.' })
export class Framework {
  @Field(() => ID, { description: 'DECLARATION, CCWC_2025, SDG_11 or ISO_37120.' }) id: string;
  @Field({ description: 'Name of the framework.' }) name: string;
}

@ObjectType({ description: "A city's score on a framework element: mean progress (0–1) toward the targets of the element's indicators with data." })
export class CityElementScore {
  @Field(() => Int, { nullable: true, description: 'Competition rank on the score (1 best); null without a score.' }) rank: number | null;
  @Field(() => City, { description: 'The city.' }) city: City;
  @Field(() => Float, { nullable: true, description: "Mean progress of the element's indicators with a value and a target." }) score: number | null;
  @Field(() => Float, { description: "Share of the element's indicators with data." }) coverage: number;
}

@ObjectType({ description: 'Progress of every enrolled city on one framework element, e.g. the conference\'s "resilient, safe cities" task.' })
export class FrameworkProgress {
  @Field(() => FrameworkElement, { description: 'The element.' }) element: FrameworkElement;
  @Field(() => PeriodScalar, { description: 'The period.' }) period: string;
  @Field(() => Float, { nullable: true, description: 'Mean of the city scores that exist.' }) meanScore: number | null;
  @Directive(boundedList(LIST_SIZE.cities)) @Field(() => [CityElementScore], { description: 'Cities ranked by score, best first; cities without a score last.' }) cities: CityElementScore[];
  @IncludesSampleField() includesSample: boolean;
}
