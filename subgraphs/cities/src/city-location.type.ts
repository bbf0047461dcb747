import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: "Where a city is: its centre's coordinates (WGS 84, decimal degrees), for maps, with the source that states them." })
export class CityLocation {
  @Field(() => Float, { description: 'Latitude, degrees north.' })
  latitude: number;

  @Field(() => Float, { description: 'Longitude, degrees east.' })
  longitude: number;

  @Field({ description: 'Where the coordinates come from (title and URL).' })
  source: string;
}
