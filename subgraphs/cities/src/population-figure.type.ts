import { Field, Int, ObjectType } from 'type-graphql';
import { PopulationBasis } from './city.enums';

@ObjectType({ description: 'A population figure with the reference year, basis and source it comes from.' })
export class PopulationFigure {
  @Field(() => Int, { description: 'Number of people.' })
  value: number;

  @Field(() => Int, { description: 'Reference year of the figure.' })
  year: number;

  @Field(() => PopulationBasis, { description: 'Resident or registered population.' })
  basis: PopulationBasis;

  @Field({ description: 'Where the figure comes from.' })
  source: string;

  @Field(() => String, { nullable: true, description: 'Boundary or definition notes needed to use the figure as a denominator.' })
  note: string | null;
}
