import { indicatorsSubgraph } from '@ugf/indicators';
import { readCsv } from '@ugf/import-client';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

const SUBMIT = gql<{ submitObservations: { created: number } }>(`mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created } }`);
const editor: Identity = { sub: 'editor-gz', role: Role.CITY_EDITOR, cityId: 'guangzhou' };
const FILE = [
  'city_id,indicator_code,period,value,source,district,sex',
  'guangzhou,HOTLINE_SATISFACTION_RATE,2025,90.5,Guangzhou district survey (test),440106,F',
  'guangzhou,HOTLINE_SATISFACTION_RATE,2025,89,Guangzhou district survey (test),440106,M',
  'guangzhou,HOTLINE_SATISFACTION_RATE,2025,92,Guangzhou district survey (test),440104,F',
].join('\n');

describe('a CSV with breakdown and attribute columns, as the importer sends it', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('is stored by district and sex, and the cities can be ranked on one of its breakdowns', async () => {
    const { rows, rejected } = readCsv(FILE);
    expect(rejected).toEqual([]);
    const result = await subgraph.execute(SUBMIT, { input: { idempotencyKey: 'csv-breakdowns', items: rows.map((row) => row.input) } }, editor);
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitObservations.created).toBe(3);

    const ranking = await subgraph.execute(
      gql<{ ranking: { entries: { city: { id: string }; value: number }[] } }>(
        `{ ranking(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE", period: "2025", breakdown: [{ dimension: "SEX", code: "F" }, { dimension: "DISTRICT", code: "440106" }]) { entries { city { id } value } } }`,
      ),
    );
    expect(ranking.data?.ranking.entries).toEqual([{ city: { id: 'guangzhou' }, value: 90.5 }]);
  });

  it('carries nature and bounds from its attribute columns, and the cities rank on the breakdown with rank ranges', async () => {
    const admin: Identity = { sub: 'admin-1', role: Role.ADMIN };
    const file = [
      'city_id,indicator_code,period,value,source,sex,nature,lower_bound,upper_bound,footnotes',
      'haikou,HOTLINE_SATISFACTION_RATE,2025,84,Survey (test),F,E,82,86,Sample of 900 | Weighted',
      'jinan,HOTLINE_SATISFACTION_RATE,2025,85,Survey (test),F,C,,,',
      'hohhot,HOTLINE_SATISFACTION_RATE,2025,80,Survey (test),F,E,79,81,',
    ].join('\n');
    const { rows, rejected } = readCsv(file);
    expect(rejected).toEqual([]);
    const result = await subgraph.execute(SUBMIT, { input: { idempotencyKey: 'csv-attributes', items: rows.map((row) => row.input) } }, admin);
    expect(result.errors).toBeUndefined();

    const ranking = await subgraph.execute(
      gql<{
        ranking: { entries: { city: { id: string }; rank: number; rankRange: { best: number; worst: number }; statisticallyTied: boolean; attributes: { nature: string; footnotes: string[] } }[] };
      }>(
        `{ ranking(includeSample: true, indicatorCode: "HOTLINE_SATISFACTION_RATE", period: "2025", cityIds: ["haikou", "jinan", "hohhot"], breakdown: [{ dimension: "SEX", code: "F" }]) {
          entries { city { id } rank rankRange { best worst } statisticallyTied attributes { nature footnotes } }
        } }`,
      ),
    );
    // jinan 85 lies inside haikou's [82, 86]: either may be first; hohhot's [79, 81] is below both.
    expect(ranking.data?.ranking.entries).toEqual([
      { city: { id: 'jinan' }, rank: 1, rankRange: { best: 1, worst: 2 }, statisticallyTied: true, attributes: { nature: 'C', footnotes: [] } },
      { city: { id: 'haikou' }, rank: 2, rankRange: { best: 1, worst: 2 }, statisticallyTied: true, attributes: { nature: 'E', footnotes: ['Sample of 900', 'Weighted'] } },
      { city: { id: 'hohhot' }, rank: 3, rankRange: { best: 3, worst: 3 }, statisticallyTied: false, attributes: { nature: 'E', footnotes: [] } },
    ]);
  });

  it("has its codes checked by the server: a district of another city is refused with the row's index", async () => {
    const { rows } = readCsv(['city_id,indicator_code,period,value,source,district', 'guangzhou,HOTLINE_SATISFACTION_RATE,2025,90,Survey (test),440305'].join('\n'));
    const result = await subgraph.execute(SUBMIT, { input: { idempotencyKey: 'csv-foreign-district', items: rows.map((row) => row.input) } }, editor);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      invalidItems: [{ index: 0, field: 'breakdown', reason: 'DISTRICT 440305 (Nanshan District) is in shenzhen, not guangzhou' }],
    });
  });
});
