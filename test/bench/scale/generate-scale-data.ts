import { Direction, IndicatorKind, Periodicity, readCatalogue, seededRandom, syntheticSeries, type SampleProfile } from '@ugf/indicators';
import { scaleSource, type ScaleOptions } from './scale-options';

/** Rows of one table, as column values in `columns` order, ready for a multi-row INSERT. */
export interface TableRows {
  table: string;
  columns: string[];
  rows: unknown[][];
}

export interface ScaleCity {
  id: string;
  population: number;
}

export interface ScaleIndicator {
  code: string;
  direction: Direction;
  kind: IndicatorKind;
  periodicity: Periodicity;
  validMin: number | null;
  validMax: number | null;
  profile: SampleProfile;
}

const REGIONS = ['EASTERN', 'CENTRAL', 'WESTERN', 'NORTHEASTERN'] as const;
const GENERIC_PROFILE: SampleProfile = { low: 20, high: 80, annualImprovementPct: 3, decimals: 2 };
const pad = (n: number) => String(n).padStart(4, '0');
/** Datetimes as both engines store them (UTC, as TypeORM writes them). */
export const sqlDatetime = (date: Date) => date.toISOString().replace('T', ' ').replace('Z', '');

export const generatedCityId = (n: number) => `synthetic-city-${pad(n)}`;
export const generatedIndicatorCode = (n: number) => `SYNTHETIC_INDICATOR_${pad(n)}`;

/** The signatories (from seeds/cities.json) followed by generated prefecture-level cities up to `options.cities`. */
export function scaleCities(options: ScaleOptions): { all: ScaleCity[]; generated: TableRows } {
  const real = readCatalogue().cities;
  const source = scaleSource(options);
  const rows: unknown[][] = [];
  const generated: ScaleCity[] = [];
  for (let n = real.length + 1; n <= options.cities; n += 1) {
    const random = seededRandom(`scale-city:${n}`);
    const id = generatedCityId(n);
    // Log-uniform between 0.3 and 15 million residents, as China's prefecture-level cities range.
    const population = Math.round(Math.exp(Math.log(300_000) + random() * Math.log(50)));
    const region = REGIONS[Math.floor(random() * REGIONS.length)];
    const province = `Synthetic Province ${1 + Math.floor(random() * 27)}`;
    generated.push({ id, population });
    rows.push([id, `Synthetic City ${n}`, `合成城市${n}`, province, `合成省份`, region, 'PREFECTURE_LEVEL_CITY', 0, population, 2020, 'RESIDENT', source, null, null, null, '[]']);
  }
  return {
    all: [...real, ...generated],
    generated: {
      table: 'city',
      columns: [
        'id',
        'name',
        'name_zh',
        'province',
        'province_zh',
        'region',
        'admin_level',
        'is_provincial_capital',
        'population',
        'population_year',
        'population_basis',
        'population_source',
        'population_note',
        'area_km2',
        'area_source',
        'peer_groups',
      ],
      rows,
    },
  };
}

/** The catalogue's indicators (with their sample profiles) followed by generated index indicators up to `options.indicators`. */
export function scaleIndicators(options: ScaleOptions): { all: ScaleIndicator[]; generated: TableRows } {
  const { indicators, profiles } = readCatalogue();
  const all: ScaleIndicator[] = indicators.slice(0, options.indicators).map((indicator) => ({ ...indicator, profile: profiles[indicator.code] ?? GENERIC_PROFILE }));
  const rows: unknown[][] = [];
  const periodicity = options.quarterly ? Periodicity.QUARTERLY : Periodicity.ANNUAL;
  for (let n = indicators.length + 1; n <= options.indicators; n += 1) {
    const code = generatedIndicatorCode(n);
    const direction = n % 3 === 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    const initiativeId = String(1 + (n % 10));
    all.push({ code, direction, kind: IndicatorKind.INDEX, periodicity, validMin: 0, validMax: 100, profile: GENERIC_PROFILE });
    rows.push([
      code,
      `Synthetic indicator ${n}`,
      `合成指标${n}`,
      'index points',
      direction,
      periodicity,
      IndicatorKind.INDEX,
      0,
      100,
      30,
      `Synthetic index for load testing (${scaleSource(options)}).`,
      initiativeId,
      '[]',
    ]);
  }
  return {
    all,
    generated: {
      table: 'indicator',
      columns: ['code', 'name', 'name_zh', 'unit', 'direction', 'periodicity', 'kind', 'valid_min', 'valid_max', 'plausible_change_pct', 'method', 'initiative_id', 'frameworks'],
      rows,
    },
  };
}

export const OBSERVATION_COLUMNS = ['city_id', 'indicator_code', 'period', 'value', 'status', 'source', 'flag_reason', 'note', 'revision', 'version', 'updated_at'];
export const TARGET_COLUMNS = ['city_id', 'indicator_code', 'baseline_period', 'baseline_value', 'target_period', 'target_value', 'source'];

const periodsOf = (year: number, indicator: ScaleIndicator) => (indicator.periodicity === Periodicity.QUARTERLY ? [1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`) : [String(year)]);

/**
 * One city's observations and targets, for every indicator and period: the same smooth synthetic series
 * the seed uses (quarters spread around their year's value). Deterministic in the city, indicator and
 * options, so a re-run inserts nothing new.
 */
export function cityObservations(city: ScaleCity, indicators: readonly ScaleIndicator[], options: ScaleOptions): { observations: unknown[][]; targets: unknown[][] } {
  const years = Array.from({ length: options.years }, (_, index) => options.lastYear - options.years + 1 + index);
  const source = scaleSource(options);
  const observations: unknown[][] = [];
  const targets: unknown[][] = [];
  for (const indicator of indicators) {
    const series = syntheticSeries(city, indicator, indicator.profile, years);
    const noise = seededRandom(`scale-quarters:${city.id}:${indicator.code}`);
    for (const { year, value } of series.values) {
      const periods = periodsOf(year, indicator);
      for (const period of periods) {
        const periodValue = periods.length === 1 ? value : Number((value * (1 + (noise() - 0.5) * 0.01)).toFixed(indicator.profile.decimals));
        const status = year < options.lastYear ? 'VERIFIED' : 'PROVISIONAL';
        observations.push([city.id, indicator.code, period, periodValue, status, source, null, null, 1, 1, sqlDatetime(new Date(Date.UTC(year + 1, 2, 31)))]);
      }
    }
    const baselinePeriod = periodsOf(series.baseline.year, indicator)[0];
    const targetPeriod = periodsOf(series.target.year, indicator).at(-1) as string;
    targets.push([city.id, indicator.code, baselinePeriod, series.baseline.value, targetPeriod, series.target.value, `${source}; illustrative target`]);
  }
  return { observations, targets };
}

export const BREAKDOWN_OBSERVATION_COLUMNS = [...OBSERVATION_COLUMNS, 'breakdown'];
export const SCALE_BREAKDOWN_INDICATOR = 'HOTLINE_SATISFACTION_RATE';

/** Values by sex (SEX=F, SEX=M) beside a city's totals of one indicator that declares SEX, one point below and above the total, in BREAKDOWN_OBSERVATION_COLUMNS order. */
export function cityBreakdownObservations(observations: readonly unknown[][]): unknown[][] {
  return observations
    .filter((row) => row[1] === SCALE_BREAKDOWN_INDICATOR)
    .flatMap((row) =>
      (
        [
          ['SEX=F', -1],
          ['SEX=M', 1],
        ] as const
      ).map(([breakdown, offset]) => [...row.slice(0, 3), Math.min(100, Math.max(0, Number(row[3]) + offset)), ...row.slice(4), breakdown]),
    );
}

/** `casesPerCity` illustrative cases for every generated city, each linked to initiatives, indicators and a tag. */
export function scaleCases(cities: readonly ScaleCity[], indicators: readonly ScaleIndicator[], options: ScaleOptions): TableRows[] {
  const source = JSON.stringify([{ title: scaleSource(options), publisher: 'Urban Governance Federation load test' }]);
  const cases: unknown[][] = [];
  const initiatives: unknown[][] = [];
  const indicatorLinks: unknown[][] = [];
  const tags: unknown[][] = [];
  for (const city of cities.filter((candidate) => candidate.id.startsWith('synthetic-city-'))) {
    for (let n = 1; n <= options.casesPerCity; n += 1) {
      const random = seededRandom(`scale-case:${city.id}:${n}`);
      const id = `${city.id}-case-${n}`;
      const indicator = indicators[Math.floor(random() * indicators.length)];
      cases.push([
        id,
        `Synthetic practice ${n} of ${city.id}`,
        `合成案例${n}`,
        'Synthetic case generated for load testing; not a real practice.',
        city.id,
        options.lastYear - 4 + Math.floor(random() * 4),
        '[]',
        source,
        1,
      ]);
      initiatives.push([id, String(1 + Math.floor(random() * 10))]);
      indicatorLinks.push([id, indicator.code]);
      tags.push([id, 'synthetic']);
    }
  }
  return [
    { table: 'best_practice_case', columns: ['id', 'title', 'title_zh', 'summary', 'city_id', 'year', 'outcomes', 'sources', 'illustrative'], rows: cases },
    { table: 'case_initiative', columns: ['case_id', 'initiative_id'], rows: initiatives },
    { table: 'case_indicator', columns: ['case_id', 'indicator_code'], rows: indicatorLinks },
    { table: 'case_tag', columns: ['case_id', 'tag'], rows: tags },
  ];
}
