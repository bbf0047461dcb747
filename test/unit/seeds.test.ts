import { expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@ugf/runtime';

const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(repoRoot, 'seeds', file), 'utf8')) as T;

interface CitySeed {
  id: string;
  adminLevel: string;
  region: string;
  population: { value: number; year: number; source: string };
  location: { latitude: number; longitude: number; source: string } | null;
}
interface InitiativeSeed {
  id: string;
  number: number;
  text: string;
  conferenceTasks: number[];
}
interface IndicatorSeed {
  code: string;
  initiativeId: string;
  unit: string;
  direction: string;
  periodicity: string;
  method: string;
  validMin: number | null;
  validMax: number | null;
  definition: string;
  definitionZh: string;
  dataSources: string;
  dataProvider?: string;
  frameworks: { framework: string; ref: string }[];
}
interface CaseSeed {
  id: string;
  cityId: string;
  initiativeIds: string[];
  indicatorCodes: string[];
  illustrative: boolean;
  sources: { title: string }[];
}

const cities = read<CitySeed[]>('cities.json');
const initiatives = read<InitiativeSeed[]>('initiatives.json');
const indicators = read<IndicatorSeed[]>('indicators.json');
const profiles = read<Record<string, unknown>>('sample-profiles.json');
const cases = read<CaseSeed[]>('cases.json');

describe('seed data', () => {
  it('has the 13 signatory cities with their 2020 census resident population', () => {
    // The 7th national census (2020) resident populations, as the cities subgraph seeds them.
    const census: Record<string, number> = {
      beijing: 21893095,
      shanghai: 24870895,
      tianjin: 13866009,
      chongqing: 32054159,
      shijiazhuang: 11235086,
      xiongan: 1205440,
      hohhot: 3446100,
      hangzhou: 11936010,
      jinan: 9202432,
      guangzhou: 18676605,
      shenzhen: 17560061,
      haikou: 2873358,
      chengdu: 20937757,
    };
    expect(Object.fromEntries(cities.map((city) => [city.id, city.population.value]))).toEqual(census);
    for (const city of cities) expect(city.population).toMatchObject({ year: 2020, source: expect.stringMatching(/census/i) });
    // Every city is on the map, inside China, with the source that states its coordinates.
    for (const city of cities) {
      expect(city.location).toMatchObject({ latitude: expect.any(Number), longitude: expect.any(Number), source: expect.stringMatching(/https:\/\//) });
      expect(city.location!.latitude).toBeGreaterThan(18);
      expect(city.location!.latitude).toBeLessThan(54);
      expect(city.location!.longitude).toBeGreaterThan(73);
      expect(city.location!.longitude).toBeLessThan(135);
    }
  });

  it('places Hohhot, Chongqing and Chengdu in the west and the four municipalities at their level', () => {
    expect(
      cities
        .filter((city) => city.region === 'WESTERN')
        .map((city) => city.id)
        .sort(),
    ).toEqual(['chengdu', 'chongqing', 'hohhot']);
    expect(
      cities
        .filter((city) => city.adminLevel === 'MUNICIPALITY')
        .map((city) => city.id)
        .sort(),
    ).toEqual(['beijing', 'chongqing', 'shanghai', 'tianjin']);
  });

  it('has the ten initiatives, each quoting the declaration and aligned to a conference task', () => {
    const declaration = fs.readFileSync(path.join(repoRoot, 'seeds', 'sources', 'beijing-declaration-2022.txt'), 'utf8');
    expect(initiatives.map((initiative) => initiative.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const initiative of initiatives) {
      expect(declaration).toContain(initiative.text);
      expect(initiative.conferenceTasks.length).toBeGreaterThan(0);
    }
  });

  it('has at least three indicators per initiative, each with unit, direction, periodicity, method and a sample profile', () => {
    for (const initiative of initiatives) {
      expect(indicators.filter((indicator) => indicator.initiativeId === initiative.id).length).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(indicators.map((indicator) => indicator.code)).size).toBe(indicators.length);
    for (const indicator of indicators) {
      expect(indicator.unit).not.toBe('');
      expect(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']).toContain(indicator.direction);
      expect(['ANNUAL', 'QUARTERLY']).toContain(indicator.periodicity);
      expect(indicator.method.length).toBeGreaterThan(20);
      expect(profiles[indicator.code]).toBeDefined();
    }
  });

  it('gives every indicator a definition in English and Chinese that cites its frameworks, and data sources that say the values are synthetic', () => {
    for (const indicator of indicators) {
      expect(indicator.definitionZh).toMatch(/[\u4e00-\u9fff]/);
      expect(indicator.definition).not.toMatch(/[\u4e00-\u9fff]/);
      for (const { framework, ref } of indicator.frameworks) {
        if (framework === 'SDG') {
          expect(indicator.definition).toContain(ref);
          expect(indicator.definitionZh).toContain(ref);
        } else {
          expect(indicator.definition).toContain(framework);
          expect(indicator.definitionZh).toContain(framework);
        }
      }
      expect(indicator.dataSources).toMatch(/synthetic samples/);
      expect(indicator.dataProvider).toBeUndefined();
    }
  });

  it('has at least 24 cases over 8 or more cities and all ten initiatives, referring only to known things', () => {
    const cityIds = new Set(cities.map((city) => city.id));
    const codes = new Set(indicators.map((indicator) => indicator.code));
    expect(cases.length).toBeGreaterThanOrEqual(24);
    expect(new Set(cases.map((item) => item.cityId)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(cases.flatMap((item) => item.initiativeIds))).toEqual(new Set(initiatives.map((initiative) => initiative.id)));
    for (const item of cases) {
      expect(cityIds.has(item.cityId)).toBe(true);
      for (const code of item.indicatorCodes) expect(codes.has(code)).toBe(true);
    }
  });

  it('marks every illustrative case as such in its source', () => {
    for (const item of cases.filter((entry) => entry.illustrative)) {
      expect(item.sources.map((source) => source.title).join(' ')).toMatch(/illustrative/i);
    }
  });
});
