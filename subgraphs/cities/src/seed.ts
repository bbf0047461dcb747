import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { insertMissing, readSeed, type Logger } from '@ugf/runtime';
import { City } from './city.entity';
import { AdminLevel, PopulationBasis, Region } from './city.enums';

const citySeed = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  nameZh: z.string().min(1),
  province: z.string().nullable(),
  provinceZh: z.string().nullable(),
  region: z.enum(Region),
  adminLevel: z.enum(AdminLevel),
  isProvincialCapital: z.boolean(),
  population: z.object({
    value: z.number().int().positive(),
    year: z.number().int(),
    basis: z.enum(PopulationBasis),
    source: z.string().min(1),
    note: z.string().nullable(),
  }),
  areaKm2: z.number().positive().nullable(),
  areaSource: z.string().nullable(),
  location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180), source: z.string().min(1).max(500) }).nullable(),
  peerGroups: z.array(z.string()),
});

export const citySeedFile = z.array(citySeed);
export type CitySeed = z.infer<typeof citySeed>;

export function toCityRow(seed: CitySeed): City {
  return Object.assign(new City(), {
    id: seed.id,
    name: seed.name,
    nameZh: seed.nameZh,
    province: seed.province,
    provinceZh: seed.provinceZh,
    region: seed.region,
    adminLevel: seed.adminLevel,
    isProvincialCapital: seed.isProvincialCapital,
    population: seed.population.value,
    populationYear: seed.population.year,
    populationBasis: seed.population.basis,
    populationSource: seed.population.source,
    populationNote: seed.population.note,
    areaKm2: seed.areaKm2,
    areaSource: seed.areaSource,
    latitude: seed.location?.latitude ?? null,
    longitude: seed.location?.longitude ?? null,
    locationSource: seed.location?.source ?? null,
    peerGroups: seed.peerGroups,
  });
}

/**
 * Inserts the cities of `seeds/cities.json` that are not there yet; existing rows are left untouched, except
 * that a city without a location gets the seed's (databases created before locations were recorded).
 */
export async function seedCities(db: DataSource, log: Logger): Promise<void> {
  const rows = readSeed('cities.json', citySeedFile).map(toCityRow);
  await insertMissing(db, City, rows);
  let located = 0;
  for (const row of rows.filter((candidate) => candidate.locationSource !== null)) {
    const result = await db
      .getRepository(City)
      .createQueryBuilder()
      .update()
      .set({ latitude: row.latitude, longitude: row.longitude, locationSource: row.locationSource })
      .where('id = :id AND location_source IS NULL', { id: row.id })
      .execute();
    located += result.affected ?? 0;
  }
  log.info({ cities: rows.length, located }, 'cities seeded (missing rows inserted)');
}
