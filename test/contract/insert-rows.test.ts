import { indicatorsSubgraph, Observation, ObservationStatus } from '@ugf/indicators';
import { insertRows } from '@ugf/runtime';
import { openSubgraph, type SubgraphHarness } from '../helpers/subgraph-harness';

/** Rows that use what the submission stores: a decimal value and bounds, an embedded set of attributes with a
 * transformed column, booleans, a datetime, text, nulls, and columns left to their defaults. */
function rows(cityId: string): Observation[] {
  const full = {
    cityId,
    indicatorCode: 'PM25_ANNUAL_MEAN',
    period: '2031',
    breakdown: 'SEX=F',
    value: 12.345678,
    attributes: { nature: 'E', lowerBound: -1.5, upperBound: 2.25, unitMultiplier: 3, seriesBreak: true, seriesBreakReason: 'New method', footnotes: ['Revised', '修订'] },
    status: ObservationStatus.PROVISIONAL,
    source: 'Insert test',
    citationJson: '{"url":"https://example.org/"}',
    sample: true,
    note: 'A note',
    flagReason: 'Moved 40 %',
    revision: 2,
    version: 3,
    updatedAt: new Date('2031-01-02T03:04:05.678Z'),
  };
  const sparse = {
    cityId,
    indicatorCode: 'PM25_ANNUAL_MEAN',
    period: '2032',
    value: 0,
    status: ObservationStatus.PROVISIONAL,
    source: 'Insert test',
    revision: 1,
    version: 1,
    updatedAt: new Date('2032-06-30T23:59:59Z'),
  };
  return [Object.assign(new Observation(), full), Object.assign(new Observation(), sparse)];
}

describe('insertRows (multi-row inserts with positional parameters)', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph, { sample: false });
  }, 60_000);
  afterAll(() => subgraph?.close());

  const stored = async (cityId: string) => {
    const found = await subgraph.db.query<Record<string, unknown>[]>(`SELECT * FROM observation WHERE city_id = '${cityId}' ORDER BY period`);
    return found.map(({ id: _id, city_id: _city, ...row }) => row);
  };

  it("stores exactly what TypeORM's insert builder stores, defaults included", async () => {
    await subgraph.db.createQueryBuilder().insert().into(Observation).values(rows('insert-by-builder')).updateEntity(false).execute();
    await insertRows(subgraph.db, Observation, rows('insert-by-rows'));
    const byBuilder = await stored('insert-by-builder');
    expect(byBuilder).toHaveLength(2);
    expect(await stored('insert-by-rows')).toEqual(byBuilder);
    const [read] = await subgraph.db.getRepository(Observation).findBy({ cityId: 'insert-by-rows', period: '2031' });
    expect(read).toMatchObject({ value: 12.345678, breakdown: 'SEX=F', sample: true, attributes: { footnotes: ['Revised', '修订'], seriesBreak: true, lowerBound: -1.5 } });
    // To the second: MySQL's DATETIME keeps no fraction, SQLite's text does.
    expect(read.updatedAt.toISOString().slice(0, 19)).toBe('2031-01-02T03:04:05');
  });

  it('in chunks, and with orIgnore leaves rows whose keys exist untouched', async () => {
    const many = Array.from({ length: 7 }, (_, index) => Object.assign(rows('insert-chunks')[1], { period: String(2040 + index), value: index }));
    await insertRows(subgraph.db, Observation, many, { chunk: 3 });
    expect((await stored('insert-chunks')).map((row) => Number(row.value))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const again = many.map((row) => Object.assign(new Observation(), { ...row, value: 99 }));
    await insertRows(subgraph.db, Observation, [...again, Object.assign(rows('insert-chunks')[1], { period: '2050', value: 7 })], { orIgnore: true, chunk: 3 });
    expect((await stored('insert-chunks')).map((row) => Number(row.value))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
