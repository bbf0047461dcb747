import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * A city owned by the `cities` subgraph; this subgraph adds its observations, targets and analytics. Its
 * population and peers stay in `cities`: the gateway passes them in (`@requires`) where a field needs them.
 */
@ObjectType({ description: 'A city that reports on the Beijing Declaration.' })
@Directive('@key(fields: "id")')
export class City {
  @Field(() => ID, { description: 'City id, e.g. `shenzhen`.' })
  id: string;

  @Directive('@external')
  @Field(() => Int, { description: 'Resident population, owned by the cities subgraph.' })
  population?: number;

  @Directive('@external')
  @Field(() => [City], { description: 'Comparable cities, owned by the cities subgraph.' })
  peers?: City[];
}

/** An initiative owned by the `initiatives` subgraph; this subgraph adds its indicators. */
@ObjectType({ description: 'One of the ten points of the Beijing Declaration.' })
@Directive('@key(fields: "id")')
export class Initiative {
  @Field(() => ID, { description: 'Point number as a string, "1" to "10".' })
  id: string;
}

export const cityRef = (id: string): City => Object.assign(new City(), { id });

/** A city reference as the gateway sends it, keeping the fields this subgraph `@requires`. */
export function cityFromRepresentation(representation: Record<string, unknown>): City {
  const city = cityRef(String(representation.id));
  if (typeof representation.population === 'number') city.population = representation.population;
  if (Array.isArray(representation.peers)) city.peers = representation.peers.map((peer: { id: unknown }) => cityRef(String(peer.id)));
  return city;
}
export const initiativeRef = (id: string): Initiative => Object.assign(new Initiative(), { id });
