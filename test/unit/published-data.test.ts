import path from 'node:path';
import { checkPublished, type Catalogue } from '../../shared/tools/src/seeds/published/check-published';
import { publishedCatalogue } from '../../shared/tools/src/seeds/published/published-catalogue';
import { AWAITING_INDICATORS, PUBLISHED_COLUMNS, PUBLISHED_OBSERVATIONS, readPublishedRows, type PublishedRow } from '../../shared/tools/src/seeds/published/published-rows';
import { quotedNumbers } from '../../shared/tools/src/seeds/published/quoted-numbers';

const catalogue = publishedCatalogue();
const header = [...PUBLISHED_COLUMNS];

/** A well-formed row (Beijing's 2023 PM2.5, as its bulletin's coverage quotes it), changed by `change`. */
const row = (change: Partial<PublishedRow> = {}): PublishedRow => ({
  line: 2,
  city_id: 'beijing',
  indicator_code: 'PM25_ANNUAL_MEAN',
  period: '2023',
  value: '32',
  source: '北京市生态环境局, 2023年北京市生态环境状况公报 (2024-05-28)',
  note: '',
  nature: 'C',
  lower_bound: '',
  upper_bound: '',
  footnotes: '',
  source_publisher: '北京市生态环境局',
  source_title: '2023年北京市生态环境状况公报',
  source_url: 'https://example.org/bulletin',
  source_published_on: '2024-05-28',
  source_quote: '2023年空气中细颗粒物(PM2.5)年均浓度为32微克/立方米',
  source_unit: '微克/立方米',
  derivation: 'REPORTED',
  derivation_inputs: '',
  ...change,
});
const problemsOf = (rows: PublishedRow[], known: Catalogue = catalogue) => checkPublished(header, rows, known);

describe('the published data set (npm run check:published)', () => {
  it.each([PUBLISHED_OBSERVATIONS, AWAITING_INDICATORS].map((file) => [path.basename(file), file]))('%s passes the check and is not empty', (_name, file) => {
    const { header: fileHeader, rows } = readPublishedRows(file);
    const known = file === PUBLISHED_OBSERVATIONS ? catalogue : { cityIds: catalogue.cityIds };
    expect(checkPublished(fileHeader, rows, known)).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('accepts a well-formed row', () => {
    expect(problemsOf([row()])).toEqual([]);
  });

  it.each([
    ['a quote without the value', { source_quote: '年均浓度为33微克/立方米' }, 'the quote does not state the value 32'],
    ['a value that is only part of a quoted number', { value: '3', source_quote: '年均浓度为32微克/立方米' }, 'the quote does not state the value 3'],
    ['a unit of another indicator', { source_unit: '%' }, 'source unit "%" does not agree'],
    ['an unknown indicator', { indicator_code: 'NOT_IN_CATALOGUE' }, 'unknown indicator'],
    ['an unknown city', { city_id: 'atlantis' }, 'unknown city'],
    ['a URL that is not http', { source_url: 'javascript:alert(1)' }, 'is not an http(s) URL'],
    ['an impossible date', { source_published_on: '2024-02-30' }, 'is not a date'],
    ['a publication before the period', { source_published_on: '2022-12-31' }, 'before the period'],
    ['an empty publisher', { source_publisher: ' ' }, 'source_publisher: is empty'],
    ['a wrong nature', { nature: 'E' }, 'nature "E" should be C'],
    ['an unknown derivation', { derivation: 'GUESSED' }, 'derivation "GUESSED" is not one of'],
    // The same rule for a derivation's inputs as the API's submission (citation.derivationInputs).
    ['a value as reported with inputs', { derivation_inputs: '32' }, 'REPORTED takes 0 input(s), 1 given'],
    ['a share of days with two inputs', { derivation: 'DAYS_SHARE', derivation_inputs: '271;365' }, 'DAYS_SHARE takes 1 input(s), 2 given'],
    ['a ratio with a divisor of 0', { derivation: 'RATIO', derivation_inputs: '32;0' }, 'the divisor of a RATIO must not be 0'],
  ])('refuses %s', (_name, change, expected) => {
    expect(problemsOf([row(change)]).join('\n')).toContain(expected);
  });

  it('recomputes a share of days and refuses one that does not follow from the quoted count', () => {
    const days = { indicator_code: 'GOOD_AIR_QUALITY_DAYS_PCT', source_unit: '天', derivation: 'DAYS_SHARE', nature: 'CA', source_quote: '空气质量优良天数为271天', derivation_inputs: '271' };
    const footnote = 'Derived: 100 × 271 good days ÷ 365 days of 2023.';
    expect(problemsOf([row({ ...days, value: '74.2', footnotes: footnote })])).toEqual([]);
    expect(problemsOf([row({ ...days, value: '74.5', footnotes: footnote })]).join()).toContain('DAYS_SHARE of 271 gives 74.2, not 74.5');
    expect(problemsOf([row({ ...days, value: '74.2', footnotes: '' })]).join()).toContain('needs a footnote that says how it was derived');
    // 2024 has 366 days.
    expect(problemsOf([row({ ...days, period: '2024', source_published_on: '2025', source_quote: '优良天数329天', derivation_inputs: '329', value: '89.9', footnotes: 'from 329' })])).toEqual([]);
  });

  it('recomputes a ratio from its two quoted figures', () => {
    const ratio = {
      indicator_code: 'URBAN_RURAL_INCOME_RATIO',
      source_unit: '元',
      derivation: 'RATIO',
      nature: 'CA',
      source_quote: '城镇居民人均可支配收入88650元,农村居民人均可支配收入37358元',
      derivation_inputs: '88650;37358',
      footnotes: '88650 ÷ 37358',
    };
    expect(problemsOf([row({ ...ratio, value: '2.37' })])).toEqual([]);
    expect(problemsOf([row({ ...ratio, derivation_inputs: '88650;37000', value: '2.40' })]).join()).toContain('does not state the input 37000');
  });

  it('refuses two rows for the same city, indicator and period, naming both lines and both values', () => {
    const problems = problemsOf([row(), row({ line: 7, value: '33', source_quote: '为33微克/立方米' })]);
    expect(problems).toEqual(['line 7: beijing PM25_ANNUAL_MEAN 2023 is also on line 2 with another value (32, here 33)']);
  });

  it('refuses a file whose header is not the documented one', () => {
    expect(checkPublished(header.slice(1), [], catalogue)).toEqual([`line 1: the header must be ${PUBLISHED_COLUMNS.join(',')}`]);
  });

  it('reads numbers as sources write them', () => {
    expect(quotedNumbers('常住人口为1,779.01万人,优良率９０．１%,PM2.5为27.0微克')).toEqual([1779.01, 90.1, 2.5, 27]);
  });
});
