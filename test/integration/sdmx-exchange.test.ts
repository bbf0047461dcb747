import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, Role } from '@ugf/runtime';
import { SDMX_COLUMN_NAMES } from '@ugf/import-client';
import { parse } from 'csv-parse/sync';
import { SDMX_PAGE } from '../../gateway/src/export/sdmx-export';
import { importFile } from '../helpers/import-cli';
import { startTestStack, type TestStack } from '../helpers/test-stack';

// Values a statistics office might send besides the published data set: a breakdown by sex with an
// interval, a nature, a series break and two footnotes; a district's value; a count in thousands.
const OWN_VALUES = [
  'city_id,indicator_code,period,value,source,note,sex,district,nature,lower_bound,upper_bound,unit_multiplier,series_break,series_break_reason,footnotes',
  'shenzhen,HOTLINE_SATISFACTION_RATE,2024,91.5,Shenzhen 12345 survey,Replaces the sample value,F,,E,89.9,93.1,,true,Survey method changed,First footnote | Second footnote',
  'shenzhen,PM25_ANNUAL_MEAN,2023,17.2,Shenzhen ecology bulletin,Replaces the sample value,,440305,C,,,,,,',
  'hangzhou,LEGAL_AID_CASES,2024,12.5,Hangzhou justice bureau,Replaces the sample value,,,,,,3,,,',
].join('\n');

const rowsOf = (text: string) => parse<Record<string, string>>(text, { columns: true });

describe('SDMX-CSV 2.0 exchange', () => {
  let source: TestStack;
  let target: TestStack;
  let codes: string;

  beforeAll(async () => {
    // The second system starts empty of values, as a production deployment does.
    [source, target] = await Promise.all([startTestStack(), startTestStack({ SEED_SAMPLE_DATA: 'false' })]);
    const indicators = (await source.query<{ indicators: { code: string }[] }>('{ indicators { code } }')).data!.indicators;
    codes = indicators.map((indicator) => indicator.code).join(',');
  }, 180_000);
  afterAll(() => Promise.all([source?.stop(), target?.stop()]), 60_000);

  const exported = async (system: TestStack, query: string) => {
    const response = await fetch(`${system.stack.gatewayUrl}export/sdmx.csv?${query}`);
    return { response, text: await response.text() };
  };

  it('exports every published and submitted value with its breakdown, attributes and citation, and an empty system that imports the file exports it back unchanged', async () => {
    const admin = await source.token({ sub: 'sdmx-source-admin', role: Role.ADMIN });
    const own = path.join(source.databases.dataDir, 'own-values.csv');
    fs.writeFileSync(own, OWN_VALUES);
    expect((await importFile(source, path.join(repoRoot, 'seeds', 'published', 'observations.csv'), admin)).code).toBe(0);
    expect((await importFile(source, own, admin)).code).toBe(0);

    const { response, text } = await exported(source, `indicatorCodes=${codes}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('x-includes-sample')).toBe('false');
    const rows = rowsOf(text);
    const published =
      fs
        .readFileSync(path.join(repoRoot, 'seeds', 'published', 'observations.csv'), 'utf8')
        .trim()
        .split('\n').length - 1;
    expect(text.split('\n')[0]).toBe(SDMX_COLUMN_NAMES.join(','));
    expect(rows).toHaveLength(published + 3);
    expect(rows.every((row) => row.STRUCTURE === 'dataflow' && row.STRUCTURE_ID === 'UGF:DF_URBAN_GOVERNANCE(1.0)' && row.SAMPLE === 'false')).toBe(true);
    expect(rows.find((row) => row.REF_AREA === 'shenzhen' && row.SERIES === 'HOTLINE_SATISFACTION_RATE')).toMatchObject({
      FREQ: 'A',
      SEX: 'F',
      AGE: '_T',
      DISTRICT: '_T',
      TIME_PERIOD: '2024',
      OBS_VALUE: '91.5',
      UNIT_MEASURE: '%',
      NATURE: 'E',
      OBS_STATUS: 'P',
      LOWER_BOUND: '89.9',
      UPPER_BOUND: '93.1',
      SERIES_BREAK: 'true',
      SERIES_BREAK_REASON: 'Survey method changed',
      COMMENT_OBS: 'First footnote | Second footnote',
      SOURCE_DETAIL: 'Shenzhen 12345 survey',
      SOURCE_URL: '',
    });
    expect(rows.find((row) => row.DISTRICT === '440305')).toMatchObject({ REF_AREA: 'shenzhen', SERIES: 'PM25_ANNUAL_MEAN', OBS_VALUE: '17.2', NATURE: 'C' });
    expect(rows.find((row) => row.SERIES === 'LEGAL_AID_CASES')).toMatchObject({ REF_AREA: 'hangzhou', OBS_VALUE: '12.5', UNIT_MULT: '3' });
    const beijing = rows.find((row) => row.REF_AREA === 'beijing' && row.SERIES === 'PM25_ANNUAL_MEAN' && row.TIME_PERIOD === '2023');
    expect(beijing).toMatchObject({ OBS_VALUE: '32', SOURCE_PUBLISHER: '北京市生态环境局', DERIVATION: 'REPORTED' });
    expect(beijing!.SOURCE_QUOTE).toContain('32微克/立方米');

    const file = path.join(target.databases.dataDir, 'from-source.sdmx.csv');
    fs.writeFileSync(file, text);
    const imported = await importFile(target, file, await target.token({ sub: 'sdmx-target-admin', role: Role.ADMIN }));
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(new RegExp(`Accepted:\\s+${published + 3} \\(created ${published + 3},`));
    expect((await exported(target, `indicatorCodes=${codes}`)).text).toBe(text);
  }, 120_000);

  it('counts sample values only when asked, marked SAMPLE, and an import refuses them by line', async () => {
    const { response, text } = await exported(source, 'indicatorCodes=PM25_ANNUAL_MEAN&cityIds=chengdu,haikou&periods=2023,2024&includeSample=true');
    expect(response.headers.get('x-includes-sample')).toBe('true');
    expect(response.headers.get('content-disposition')).toContain('sdmx-with-sample-values.csv');
    const rows = rowsOf(text);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => ['chengdu', 'haikou'].includes(row.REF_AREA) && ['2023', '2024'].includes(row.TIME_PERIOD))).toBe(true);
    expect(rows.some((row) => row.SAMPLE === 'true')).toBe(true);

    const file = path.join(target.databases.dataDir, 'with-sample.sdmx.csv');
    fs.writeFileSync(file, text);
    const refused = await importFile(target, file, await target.token({ sub: 'sdmx-target-admin', role: Role.ADMIN }));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/line 2: SAMPLE: a synthetic sample value is not a figure of the city/);
  });

  it('writes an export of many pages whole: every value once, as many as the graph lists', async () => {
    const { text } = await exported(source, `indicatorCodes=${codes}&includeSample=true`);
    const rows = rowsOf(text);
    const listed = await source.query<{ observations: { totalCount: number } }>(`{ observations(indicatorCodes: ${JSON.stringify(codes.split(','))}, includeSample: true, first: 0) { totalCount } }`);
    expect(listed.errors).toBeUndefined();
    expect(rows.length).toBe(listed.data!.observations.totalCount);
    expect(rows.length).toBeGreaterThan(3 * SDMX_PAGE);
    const keys = new Set(rows.map((row) => [row.REF_AREA, row.SERIES, row.TIME_PERIOD, row.SEX, row.AGE, row.URBANISATION, row.DISTRICT].join('|')));
    expect(keys.size).toBe(rows.length);
  });

  it('refuses what it cannot answer with a 400 and a code, before sending anything', async () => {
    for (const [query, pattern] of [
      ['', /"indicatorCodes" is required/],
      ['indicatorCodes=NOPE', /Unknown indicator code\(s\): NOPE/],
      ['indicatorCodes=PM25_ANNUAL_MEAN&cityIds=atlantis', /Unknown or not enrolled city id\(s\): atlantis/],
      ['indicatorCodes=PM25_ANNUAL_MEAN&periods=last', /Invalid period "last"/],
      ['indicatorCodes=PM25_ANNUAL_MEAN&includeSample=maybe', /"includeSample" must be true or false/],
    ] as const) {
      const { response, text } = await exported(source, query);
      expect(response.status).toBe(400);
      const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
      expect(body.errors[0].message).toMatch(pattern);
    }
  });
});
