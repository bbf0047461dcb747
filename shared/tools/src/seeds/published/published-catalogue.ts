import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@ugf/runtime';
import type { Catalogue } from './check-published';

const readSeed = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(repoRoot, 'seeds', name), 'utf8')) as T;

/** The cities and indicator units of the seed catalogue, which the published values must agree with. */
export function publishedCatalogue(): Required<Catalogue> {
  const cities = readSeed<{ id: string }[]>('cities.json');
  const indicators = readSeed<{ code: string; unit: string }[]>('indicators.json');
  return { cityIds: new Set(cities.map((city) => city.id)), indicatorUnits: new Map(indicators.map((indicator) => [indicator.code, indicator.unit])) };
}
