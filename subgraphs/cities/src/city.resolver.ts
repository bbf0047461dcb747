import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { boundedList, LIST_SIZE } from '@ugf/runtime';
import { City } from './city.entity';
import { AdminLevel, Region } from './city.enums';
import type { CitiesContext } from './context';
import { peersOf } from './peers';

@Resolver(() => City)
export class CityResolver {
  @Directive(boundedList(LIST_SIZE.cities))
  @Query(() => [City], { description: 'All cities, ordered by name; optionally only one region or administrative level.' })
  async cities(
    @Ctx() { db, loaders }: CitiesContext,
    @Arg('region', () => Region, { nullable: true }) region?: Region,
    @Arg('adminLevel', () => AdminLevel, { nullable: true }) adminLevel?: AdminLevel,
  ): Promise<City[]> {
    const cities = await db.getRepository(City).find({
      where: { ...(region ? { region } : {}), ...(adminLevel ? { adminLevel } : {}) },
      order: { name: 'ASC' },
    });
    for (const city of cities) loaders.city.prime(city.id, city);
    return cities;
  }

  @Query(() => City, { nullable: true, description: 'One city by id; null when no city has that id.' })
  city(@Ctx() { loaders }: CitiesContext, @Arg('id', () => ID) id: string): Promise<City | null> {
    return loaders.city.load(id);
  }

  @FieldResolver(() => [City], {
    description:
      'Comparable cities: the other cities of the same administrative level, and the cities of the same region whose population is within a factor of two (resident population); closest in population first, at most 8.',
  })
  @Directive('@listSize(assumedSize: 8)')
  async peers(@Root() city: City, @Ctx() { loaders }: CitiesContext): Promise<City[]> {
    return peersOf(city, await loaders.allCities.load('all'));
  }
}
