import { indicatorsSubgraph } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

interface Citation {
  publisher: string;
  title: string;
  url: string;
  publishedOn: string;
  quote: string;
  sourceUnit: string | null;
  derivation: string;
  derivationInputs: number[];
}
interface InvalidItem {
  index: number;
  field: string;
  reason: string;
}

const CITATION = 'citation { publisher title url publishedOn quote sourceUnit derivation derivationInputs }';
const SUBMIT = gql<{
  submitObservations: { created: number; corrected: number; unchanged: number; items: { outcome: string; observation: { id: string; source: string; citation: Citation | null } }[] };
}>(`mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created corrected unchanged items { outcome observation { id source ${CITATION} } } } }`);
const READ = gql<{
  ranking: { entries: { city: { id: string }; citation: Citation | null }[] };
  comparison: { cells: { cityId: string; citation: Citation | null }[] };
  _entities: { series: { points: { period: string; citation: Citation | null }[] }; observations: { nodes: { revisions: { revision: number; citation: Citation | null }[] }[] } }[];
}>(`{
  ranking(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN", period: "2025", cityIds: ["beijing", "tianjin"]) { entries { city { id } ${CITATION} } }
  comparison(includeSample: true, cityIds: ["beijing", "tianjin"], indicatorCodes: ["PM25_ANNUAL_MEAN"], periods: ["2025"]) { cells { cityId ${CITATION} } }
  _entities(representations: [{ __typename: "City", id: "beijing" }]) { ... on City {
    series(includeSample: true, indicatorCode: "PM25_ANNUAL_MEAN") { points { period ${CITATION} } }
    observations(indicatorCode: "PM25_ANNUAL_MEAN", period: "2025") { nodes { revisions { revision ${CITATION} } } }
  } }
}`);

const admin: Identity = { sub: 'admin-1', role: Role.ADMIN };
const BULLETIN = {
  publisher: ' 北京市生态环境局 ',
  title: '2025年北京市空气质量状况 (test)',
  url: 'https://sthjj.beijing.gov.cn/example',
  publishedOn: '2026-01-04',
  quote: '细颗粒物(PM2.5)年均浓度为27.0微克/立方米',
  sourceUnit: '微克/立方米',
};
const STORED: Citation = { ...BULLETIN, publisher: '北京市生态环境局', derivation: 'REPORTED', derivationInputs: [] };
const item = (cityId: string, value: number, citation?: object, extra: object = {}) => ({
  cityId,
  indicatorCode: 'PM25_ANNUAL_MEAN',
  period: '2025',
  value,
  source: 'Municipal bulletin (test)',
  citation,
  ...extra,
});

describe('citations of published values', () => {
  let subgraph: SubgraphHarness;
  let key = 0;
  const submit = (items: object[]) => subgraph.execute(SUBMIT, { input: { idempotencyKey: `citations-${(key += 1)}`, items } }, admin);

  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('stores a citation with the value and shows it on the value, its revision, the ranking, the comparison and the series', async () => {
    const result = await submit([item('beijing', 27, BULLETIN), item('tianjin', 38)]);
    expect(result.errors).toBeUndefined();
    const [cited, plain] = result.data!.submitObservations.items;
    expect(cited.observation.citation).toEqual(STORED);
    expect(cited.observation.source).toBe('Municipal bulletin (test)');
    expect(plain.observation.citation).toBeNull();

    const read = await subgraph.execute(READ);
    expect(read.errors).toBeUndefined();
    const byCity = <T extends { citation: Citation | null }>(rows: T[], id: (row: T) => string) => Object.fromEntries(rows.map((row) => [id(row), row.citation]));
    expect(byCity(read.data!.ranking.entries, (entry) => entry.city.id)).toEqual({ beijing: STORED, tianjin: null });
    expect(byCity(read.data!.comparison.cells, (cell) => cell.cityId)).toEqual({ beijing: STORED, tianjin: null });
    const [city] = read.data!._entities;
    expect(city.series.points.find((point) => point.period === '2025')?.citation).toEqual(STORED);
    expect(city.series.points.filter((point) => point.period !== '2025').every((point) => point.citation === null)).toBe(true);
    expect(city.observations.nodes[0].revisions).toEqual([{ revision: 1, citation: STORED }]);
  });

  it('keeps the derivation and its inputs', async () => {
    const days = { ...BULLETIN, quote: '优良天数为271天', sourceUnit: '天', derivation: 'DAYS_SHARE', derivationInputs: [271] };
    const result = await submit([{ ...item('shanghai', 74.2, days), indicatorCode: 'GOOD_AIR_QUALITY_DAYS_PCT' }]);
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitObservations.items[0].observation.citation).toMatchObject({ derivation: 'DAYS_SHARE', derivationInputs: [271], sourceUnit: '天' });
  });

  it('refuses a malformed citation with the item and field, and writes nothing', async () => {
    const before = await rowCounts(subgraph.db, ['observation', 'observation_revision']);
    const result = await submit([
      item('chongqing', 30, { ...BULLETIN, url: 'javascript:alert(1)' }),
      item('chengdu', 30, { ...BULLETIN, publishedOn: '2025-02-30' }),
      item('guangzhou', 30, { ...BULLETIN, publishedOn: '2999' }),
      item('shenzhen', 30, { ...BULLETIN, quote: '  ' }),
      item('haikou', 30, { ...BULLETIN, derivation: 'RATIO', derivationInputs: [1] }),
      item('jinan', 30, { ...BULLETIN, title: 'x'.repeat(501) }),
    ]);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = (result.errors?.[0].extensions?.invalidItems ?? []) as InvalidItem[];
    expect(invalid.find((problem) => problem.index === 4)?.reason).toBe('RATIO takes 2 input(s), 1 given');
    expect(invalid.map(({ index, field }) => [index, field])).toEqual([
      [0, 'citation.url'],
      [1, 'citation.publishedOn'],
      [2, 'citation.publishedOn'],
      [3, 'citation.quote'],
      [4, 'citation.derivationInputs'],
      [5, 'citation.title'],
    ]);
    expect(await rowCounts(subgraph.db, ['observation', 'observation_revision'])).toEqual(before);
  });

  it('writes nothing for an unchanged value whose only change is its citation, like a changed source', async () => {
    await submit([item('hohhot', 24, BULLETIN)]);
    const again = await submit([item('hohhot', 24, { ...BULLETIN, title: 'Another title (test)' })]);
    expect(again.data?.submitObservations).toMatchObject({ unchanged: 1, created: 0, corrected: 0 });
    expect(again.data?.submitObservations.items[0].observation.citation?.title).toBe(BULLETIN.title);
  });
});
