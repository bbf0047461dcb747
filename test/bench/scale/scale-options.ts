import { parseArgs } from 'node:util';

export interface ScaleOptions {
  /** Cities in all, the 13 signatories included. */
  cities: number;
  /** Indicators in all, the catalogue's own included. */
  indicators: number;
  /** Years of history, ending with `lastYear`. */
  years: number;
  lastYear: number;
  /** Generated indicators report quarterly (four periods a year) instead of yearly. */
  quarterly: boolean;
  casesPerCity: number;
}

export const DEFAULT_SCALE: ScaleOptions = { cities: 300, indicators: 200, years: 20, lastYear: 2024, quarterly: false, casesPerCity: 2 };

const LIMITS = { cities: [13, 5000], indicators: [1, 2000], years: [1, 60], casesPerCity: [0, 100] } as const;

function bounded(name: keyof typeof LIMITS, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  const [min, max] = LIMITS[name];
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}; got ${raw}`);
  return value;
}

/** Reads `--cities 300 --indicators 200 --years 20 [--quarterly] [--cases-per-city 2]`. */
export function parseScaleOptions(argv: string[], defaults: ScaleOptions = DEFAULT_SCALE): ScaleOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      cities: { type: 'string' },
      indicators: { type: 'string' },
      years: { type: 'string' },
      quarterly: { type: 'boolean' },
      'cases-per-city': { type: 'string' },
    },
    allowPositionals: false,
    strict: true,
  });
  return {
    cities: bounded('cities', values.cities, defaults.cities),
    indicators: bounded('indicators', values.indicators, defaults.indicators),
    years: bounded('years', values.years, defaults.years),
    lastYear: defaults.lastYear,
    quarterly: values.quarterly ?? defaults.quarterly,
    casesPerCity: bounded('casesPerCity', values['cases-per-city'], defaults.casesPerCity),
  };
}

/** Written into every generated row's source, so the data says what it is and how to make it again. */
export function scaleSource(options: ScaleOptions): string {
  return `SYNTHETIC SCALE DATA from npm run seed:scale (cities ${options.cities}, indicators ${options.indicators}, years ${options.years}${options.quarterly ? ', quarterly' : ''}); not official statistics`;
}
