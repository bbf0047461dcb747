import { z } from 'zod';
import { readSeed } from '@ugf/runtime';
import { Direction, IndicatorKind, Periodicity } from '../indicator.enums';

export const indicatorSeedFile = z.array(
  z.object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    name: z.string().min(1),
    nameZh: z.string().min(1),
    unit: z.string().min(1),
    direction: z.enum(Direction),
    periodicity: z.enum(Periodicity),
    kind: z.enum(IndicatorKind),
    validMin: z.number().nullable(),
    validMax: z.number().nullable(),
    plausibleChangePct: z.number().positive(),
    method: z.string().min(1),
    initiativeId: z.string().regex(/^([1-9]|10)$/),
    definition: z.string().min(1).max(2000),
    definitionZh: z.string().min(1).max(2000),
    dataSources: z.string().min(1).max(2000),
    limitations: z.string().min(1).max(2000).optional(),
    frameworks: z.array(z.object({ framework: z.string(), ref: z.string(), label: z.string() })),
  }),
);

export const sampleProfileFile = z.record(
  z.string(),
  z.object({
    low: z.number(),
    high: z.number(),
    annualImprovementPct: z.number(),
    decimals: z.number().int().min(0).max(6),
  }),
);

/** Sample values are generated per city of `cities.json`; counts scale with its population. */
export const sampleCitiesFile = z.array(z.object({ id: z.string(), population: z.object({ value: z.number().positive() }) }));

export function readCatalogue(dir?: string) {
  return {
    indicators: readSeed('indicators.json', indicatorSeedFile, dir),
    profiles: readSeed('sample-profiles.json', sampleProfileFile, dir),
    cities: readSeed('cities.json', sampleCitiesFile, dir).map((city) => ({ id: city.id, population: city.population.value })),
  };
}
