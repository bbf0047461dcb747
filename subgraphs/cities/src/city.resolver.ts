import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { City } from './city.entity';
import { AdminLevel, Region } from './city.enums';
import type { CitiesContext } from './context';

@Resolver(() => City)
export class CityResolver {
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
}
