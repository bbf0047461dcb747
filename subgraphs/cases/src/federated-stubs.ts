import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A city owned by the `cities` subgraph; this subgraph adds its cases. */
@ObjectType({ description: 'A city that reports on the Beijing Declaration.' })
@Directive('@key(fields: "id")')
export class City {
  @Field(() => ID, { description: 'City id, e.g. `shenzhen`.' })
  id: string;
}

/** An initiative owned by the `initiatives` subgraph; this subgraph adds its cases. */
@ObjectType({ description: 'One of the ten points of the Beijing Declaration.' })
@Directive('@key(fields: "id")')
export class Initiative {
  @Field(() => ID, { description: 'Point number as a string, "1" to "10".' })
  id: string;
}

/** An indicator owned by the `indicators` subgraph, referenced by key only. */
@ObjectType({ description: 'A measure of progress on one initiative.' })
@Directive('@key(fields: "code", resolvable: false)')
export class Indicator {
  @Field(() => ID, { description: 'Indicator code.' })
  code: string;
}

export const cityRef = (id: string): City => Object.assign(new City(), { id });
export const initiativeRef = (id: string): Initiative => Object.assign(new Initiative(), { id });
export const indicatorRef = (code: string): Indicator => Object.assign(new Indicator(), { code });
