import fs from 'node:fs';
import path from 'node:path';
import { loadSettings, repoRoot, Role } from '@ugf/runtime';
import { loadPublishedData } from '../../shared/tools/src/stack/load-published';
import type { CityObservations } from '../helpers/answer-shapes';
import { importFile } from '../helpers/import-cli';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';

const CITIES = ['beijing', 'shanghai', 'tianjin', 'chongqing', 'shijiazhuang', 'xiongan', 'hohhot', 'hangzhou', 'jinan', 'guangzhou', 'shenzhen', 'haikou', 'chengdu'];

describe('importing a CSV through the running system', () => {
  let system: TestStack;
  let admin: string;
  let rows: string[];
  const dir = () => system.databases.dataDir;
  const countRows = async () => {
    const result = await system.query<{ cities: { observations: { totalCount: number } }[] }>(`{ cities { observations(period: "2012") { totalCount } } }`);
    return result.data?.cities.reduce((sum, city) => sum + city.observations.totalCount, 0);
  };

  beforeAll(async () => {
    system = await startTestStack();
    admin = await system.token({ sub: 'import-admin', role: Role.ADMIN });
    const indicators = (await system.query(`{ indicators { code kind } }`)).data?.indicators as { code: string; kind: string }[];
    rows = [];
    for (const period of ['2010', '2011', '2012', '2013']) {
      for (const city of CITIES) for (const { code, kind } of indicators) rows.push(`${city},${code},${period},${kind === 'PERCENT' ? 50 : 10},Test import for ${city}`);
    }
    rows = rows.slice(0, 2000);
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  it('imports 2,000 rows; re-running after an interruption replays what was applied and adds the rest; a third run changes nothing', async () => {
    const header = 'city_id,indicator_code,period,value,source';
    const firstHalf = path.join(dir(), 'first-half.csv');
    const full = path.join(dir(), 'values.csv');
    fs.writeFileSync(firstHalf, [header, ...rows.slice(0, 1000)].join('\n'));
    fs.writeFileSync(full, [header, ...rows].join('\n'));

    // An import interrupted after its first two batches of 500 is the same as importing only those rows.
    const interrupted = await importFile(system, firstHalf, admin);
    expect(interrupted.code).toBe(0);
    const resumed = await importFile(system, full, admin);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/2 (batches )?replayed|replayed.*2/i);
    expect(resumed.stdout).toMatch(/1000 created|created:?\s+1000/i);

    const before = await countRows();
    const again = await importFile(system, full, admin);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/4 (batches )?replayed|replayed.*4/i);
    expect(await countRows()).toBe(before);
  }, 120_000);

  it('names every bad row by line and reason, imports the good ones, and exits 1', async () => {
    const file = path.join(dir(), 'bad.csv');
    fs.writeFileSync(
      file,
      [
        'city_id,indicator_code,period,value,source',
        'shenzhen,HOTLINE_RESOLUTION_RATE,2014,97,ok',
        'shenzhen,HOTLINE_RESOLUTION_RATE,20x4,97,bad period',
        'shenzhen,HOTLINE_RESOLUTION_RATE,2015,104,out of range',
        'atlantis,HOTLINE_RESOLUTION_RATE,2015,90,unknown city',
        'shenzhen,HOTLINE_RESPONSE_RATE,2015,abc,not a number',
        'shenzhen,HOTLINE_RESPONSE_RATE,2016,98,ok',
      ].join('\n'),
    );
    const result = await importFile(system, file, admin);
    expect(result.code).toBe(1);
    const rejected = result.stdout.split(/Rejected \(not imported\):/)[1] ?? '';
    expect([...rejected.matchAll(/line (\d+):/g)].map((match) => Number(match[1]))).toEqual([3, 4, 5, 6]);
    expect(rejected).toMatch(/line 5: cityId: unknown city "atlantis"/);
    const stored = await system.query<CityObservations<{ value: number }>>(`{ city(id: "shenzhen") { observations(indicatorCode: "HOTLINE_RESPONSE_RATE", period: "2016") { nodes { value } } } }`);
    expect(stored.data?.city.observations.nodes).toEqual([{ value: 98 }]);
  }, 60_000);

  it("imports a city editor's values by district and sex, names a district of another city by line, and the cities rank on the breakdown", async () => {
    const editor = await system.token({ sub: 'gz', role: Role.CITY_EDITOR, city: 'guangzhou' });
    const file = path.join(dir(), 'by-district.csv');
    fs.writeFileSync(
      file,
      [
        'city_id,indicator_code,period,value,source,sex,district',
        'guangzhou,HOTLINE_SATISFACTION_RATE,2019,91.5,Guangzhou district survey,F,440106',
        'guangzhou,HOTLINE_SATISFACTION_RATE,2019,88.5,Guangzhou district survey,M,440106',
        'guangzhou,HOTLINE_SATISFACTION_RATE,2019,90,Guangzhou district survey,F,440305',
      ].join('\n'),
    );
    const refused = await importFile(system, file, editor);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/line 4: breakdown: DISTRICT 440305 \(Nanshan District\) is in shenzhen, not guangzhou/);

    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split('\n').slice(0, 3).join('\n'));
    const imported = await importFile(system, file, editor);
    expect(imported.code).toBe(0);
    const ranking = await system.query(
      gql<{ ranking: { entries: { rank: number; value: number; city: { name: string } }[] } }>(
        `{ ranking(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE", period: "2019", breakdown: [{ dimension: "DISTRICT", code: "440106" }, { dimension: "SEX", code: "F" }]) { entries { rank value city { name } } } }`,
      ),
    );
    expect(ranking.data?.ranking.entries).toEqual([{ rank: 1, value: 91.5, city: { name: 'Guangzhou' } }]);
  }, 60_000);

  it("stops with exit code 2 when a city editor's file holds another city's rows", async () => {
    const file = path.join(dir(), 'other-city.csv');
    fs.writeFileSync(file, ['city_id,indicator_code,period,value,source', 'beijing,HOTLINE_RESOLUTION_RATE,2017,97,x'].join('\n'));
    const editor = await system.token({ sub: 'sz', role: Role.CITY_EDITOR, city: 'shenzhen' });
    const result = await importFile(system, file, editor);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/FORBIDDEN/);
  }, 60_000);

  it('re-running a file after one of its values was changed never says "already applied": that row is rejected by line, the others are unchanged', async () => {
    const file = path.join(dir(), 'changed-since.csv');
    fs.writeFileSync(file, ['city_id,indicator_code,period,value,source', 'jinan,HOTLINE_RESOLUTION_RATE,2018,95,Jinan hotline', 'jinan,HOTLINE_RESPONSE_RATE,2018,97,Jinan hotline'].join('\n'));
    expect((await importFile(system, file, admin)).code).toBe(0);
    const read = async () =>
      (
        await system.query<CityObservations<{ value: number; revision: number }>>(
          `{ city(id: "jinan") { observations(indicatorCode: "HOTLINE_RESOLUTION_RATE", period: "2018") { nodes { value revision } } } }`,
        )
      ).data?.city.observations.nodes[0];
    const submitted = await system.query<{ submitObservations: { corrected: number } }>(
      `mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { corrected } }`,
      {
        input: {
          idempotencyKey: 'jinan-fix',
          items: [{ cityId: 'jinan', indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2018', value: 94, source: 'Jinan hotline', note: 'recount', expectedRevision: 1 }],
        },
      },
      admin,
    );
    expect(submitted.data?.submitObservations.corrected).toBe(1);

    const again = await importFile(system, file, admin);
    expect(again.code).toBe(1);
    expect(again.stdout).not.toMatch(/already applied [1-9]/);
    expect(again.stdout).toMatch(/line 2: value: .*revision 2/);
    expect(again.stdout).toMatch(/unchanged 1/);
    expect(await read()).toEqual({ value: 94, revision: 2 });

    // With the revision read in expected_revision and a note, the file's value becomes current again.
    const restore = path.join(dir(), 'restore.csv');
    fs.writeFileSync(restore, ['city_id,indicator_code,period,value,source,note,expected_revision', 'jinan,HOTLINE_RESOLUTION_RATE,2018,95,Jinan hotline,annual report stands,2'].join('\n'));
    const restored = await importFile(system, restore, admin);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/corrected 1/);
    expect(await read()).toEqual({ value: 95, revision: 3 });

    // Run again while its value is still the current one, the file is honestly "already applied".
    expect((await importFile(system, restore, admin)).stdout).toMatch(/already applied 1/);

    // A correction based on a revision that is no longer current is refused by line, and nothing changes.
    const stale = path.join(dir(), 'stale.csv');
    fs.writeFileSync(stale, ['city_id,indicator_code,period,value,source,note,expected_revision', 'jinan,HOTLINE_RESOLUTION_RATE,2018,93,Jinan hotline,second recount,2'].join('\n'));
    const refused = await importFile(system, stale, admin);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/line 2: expectedRevision: .*revision 3/);
    expect(await read()).toEqual({ value: 95, revision: 3 });
  }, 60_000);

  it('loads the published data set with its citations, and a ranking shows each published value with the sentence it comes from', async () => {
    const published = path.join(repoRoot, 'seeds', 'published', 'observations.csv');
    const lines = fs.readFileSync(published, 'utf8').trim().split('\n').length - 1;
    const result = await importFile(system, published, admin);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Accepted:\\s+${lines} \\(`));
    expect(result.stdout).toMatch(/Rejected:\s+0\n/);

    const ranking = await system.query(
      gql<{ ranking: { entries: { city: { id: string }; value: number; source: string; sample: boolean; citation: { publisher: string; url: string; quote: string; derivation: string } | null }[] } }>(
        '{ ranking(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN", period: "2023") { entries { city { id } value source sample citation { publisher url quote derivation } } } }',
      ),
    );
    const beijing = ranking.data?.ranking.entries.find((entry) => entry.city.id === 'beijing');
    expect(beijing).toMatchObject({ value: 32, citation: { publisher: '北京市生态环境局', derivation: 'REPORTED' } });
    expect(beijing?.citation?.quote).toContain('32微克/立方米');
    expect(beijing?.source).toContain('北京市生态环境局');
    // The published value replaced the synthetic one: it is not a sample; a city without a published figure keeps its sample value.
    expect(beijing?.sample).toBe(false);
    expect(ranking.data?.ranking.entries.find((entry) => entry.city.id === 'chengdu')?.sample).toBe(true);
    // By default a ranking counts the published values alone, and says how many sample values it left out.
    const publishedOnly = await system.query(
      gql<{ ranking: { includesSample: boolean; sampleValuesLeftOut: number; entries: { city: { id: string }; sample: boolean }[] } }>(
        '{ ranking(indicatorCode: "PM25_ANNUAL_MEAN", period: "2023") { includesSample sampleValuesLeftOut entries { city { id } sample } } }',
      ),
    );
    const publishedCities = ranking.data!.ranking.entries.filter((entry) => !entry.sample).map((entry) => entry.city.id);
    expect(publishedCities).toContain('beijing');
    expect(publishedOnly.data?.ranking).toMatchObject({ includesSample: false, sampleValuesLeftOut: ranking.data!.ranking.entries.length - publishedCities.length });
    expect(publishedOnly.data?.ranking.entries.map((entry) => entry.city.id).sort()).toEqual(publishedCities.sort());
    const exported = await (await fetch(`${system.stack.gatewayUrl}export/ranking.csv?indicatorCode=PM25_ANNUAL_MEAN&period=2023&cityIds=beijing`)).text();
    expect(exported.split(/\r?\n/)[0]).toMatch(/,citation_publisher,citation_title,citation_url,citation_published_on,citation_quote,citation_derivation$/);
    expect(exported).toContain(`${beijing?.citation?.url}`);
    expect(exported).toContain('32微克/立方米');
    // npm start imports the same file the same way: as another author, it finds every value already there.
    expect(await loadPublishedData(system.stack.gatewayUrl, loadSettings({ ...process.env, JWT_SECRET: system.jwtSecret }))).toBe(
      `Published data: ${lines} values of seeds/published (0 written, ${lines} already there).`,
    );
    // A second run of the file changes nothing: its batch was applied.
    const again = await importFile(system, published, admin);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`(created 0, corrected 0, unchanged 0, already applied ${lines})`);
  }, 120_000);
});
