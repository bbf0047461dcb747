import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A city owned by the `cities` subgraph; this subgraph adds its observations and targets. */
@ObjectType({ description: 'A city that reports on the Beijing Declaration.' })
@Directive('@key(fields: "id")')
export class City {
  @Field(() => ID, { description: 'City id, e.g. `shenzhen`.' })
  id: string;
}

/** An initiative owned by the `initiatives` subgraph; this subgraph adds its indicators. */
@ObjectType({ description: 'One of the ten points of the Beijing Declaration.' })
@Directive('@key(fields: "id")')
export class Initiative {
  @Field(() => ID, { description: 'Point number as a string, "1" to "10".' })
  id: string;
}

export const cityRef = (id: string): City => Object.assign(new City(), { id });
export const initiativeRef = (id: string): Initiative => Object.assign(new Initiative(), { id });
