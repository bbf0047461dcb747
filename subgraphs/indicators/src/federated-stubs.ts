import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Indicator } from './indicator.entity';

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

/**
 * A best-practice case owned by the `cases` subgraph; this subgraph adds its measured impact, from the
 * case's year, city (with the city's peers) and indicators, passed in by the gateway (`@requires`).
 */
@ObjectType({ description: 'A best-practice case.' })
@Directive('@key(fields: "id")')
export class BestPracticeCase {
  @Field(() => ID, { description: 'Case id.' })
  id: string;

  @Directive('@external')
  @Field(() => Int, { description: 'Year the practice started, owned by the cases subgraph.' })
  year?: number;

  @Directive('@external')
  @Field(() => City, { description: 'City of the practice, owned by the cases subgraph.' })
  city?: City;

  @Directive('@external')
  @Field(() => [Indicator], { description: 'Indicators the practice aims to move, owned by the cases subgraph.' })
  indicators?: Indicator[];
}

/** A case reference as the gateway sends it, with the fields `impact` requires. */
export function caseFromRepresentation(representation: Record<string, unknown>): BestPracticeCase {
  const city = representation.city as Record<string, unknown> | undefined;
  return Object.assign(new BestPracticeCase(), {
    id: String(representation.id),
    year: typeof representation.year === 'number' ? representation.year : undefined,
    city: city ? cityFromRepresentation(city) : undefined,
    indicators: Array.isArray(representation.indicators)
      ? representation.indicators.map((indicator: { code: unknown }) => Object.assign(new Indicator(), { code: String(indicator.code) }))
      : undefined,
  });
}
