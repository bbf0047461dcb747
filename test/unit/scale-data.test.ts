import { Periodicity } from '@ugf/indicators';
import { cityObservations, scaleCases, scaleCities, scaleIndicators } from '../bench/scale/generate-scale-data';
import { DEFAULT_SCALE, parseScaleOptions, scaleSource } from '../bench/scale/scale-options';

const small = { ...DEFAULT_SCALE, cities: 20, indicators: 45, years: 4 };

describe('the scale data generator', () => {
  it('gives the same rows for the same options and other rows for other options', () => {
    const generate = (options: typeof small) => {
      const cities = scaleCities(options);
      const indicators = scaleIndicators(options);
      return {
        cities: cities.generated.rows,
        indicators: indicators.generated.rows,
        observations: cities.all.map((city) => cityObservations(city, indicators.all, options)),
        cases: scaleCases(cities.all, indicators.all, options),
      };
    };
    expect(generate(small)).toEqual(generate({ ...small }));
    expect(generate({ ...small, years: 5 }).observations).not.toEqual(generate(small).observations);
  });

  it('keeps the 13 signatories and the catalogue, and generates the rest with their own ids', () => {
    const cities = scaleCities(small);
    expect(cities.all).toHaveLength(20);
    expect(cities.all.slice(0, 13).map((city) => city.id)).toContain('beijing');
    expect(cities.generated.rows).toHaveLength(7);
    expect(new Set(cities.all.map((city) => city.id)).size).toBe(20);
    const indicators = scaleIndicators(small);
    expect(indicators.all).toHaveLength(45);
    expect(indicators.all.map((indicator) => indicator.code)).toContain('HOTLINE_RESOLUTION_RATE');
  });

  it('writes one observation per city, indicator and period (four a year when quarterly), each saying it is synthetic', () => {
    for (const quarterly of [false, true]) {
      const options = { ...small, quarterly };
      const indicators = scaleIndicators(options);
      const generatedQuarterly = indicators.all.filter((indicator) => indicator.periodicity === Periodicity.QUARTERLY).length;
      const { observations, targets } = cityObservations(scaleCities(options).all[15], indicators.all, options);
      expect(observations).toHaveLength((indicators.all.length - generatedQuarterly) * 4 + generatedQuarterly * 16);
      expect(targets).toHaveLength(indicators.all.length);
      const keys = observations.map((row) => `${String(row[1])}/${String(row[2])}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(observations.every((row) => row[5] === scaleSource(options))).toBe(true);
      expect(scaleSource(options)).toMatch(/SYNTHETIC/);
    }
  });

  it('refuses options out of range, naming the option', () => {
    expect(parseScaleOptions(['--cities', '300', '--indicators', '200', '--years', '20', '--quarterly'])).toMatchObject({ cities: 300, indicators: 200, years: 20, quarterly: true });
    expect(() => parseScaleOptions(['--cities', '5'])).toThrow(/--cities must be a whole number from 13/);
    expect(() => parseScaleOptions(['--years', 'ten'])).toThrow(/--years/);
    expect(() => parseScaleOptions(['--bogus'])).toThrow();
  });
});
