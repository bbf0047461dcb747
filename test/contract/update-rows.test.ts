import { indicatorsSubgraph, Observation, ObservationStatus } from '@ugf/indicators';
import { insertRows, updateRows } from '@ugf/runtime';
import { openSubgraph, type SubgraphHarness } from '../helpers/subgraph-harness';

const row = (period: string, value: number) =>
  Object.assign(new Observation(), {
    cityId: 'update-rows',
    indicatorCode: 'PM25_ANNUAL_MEAN',
    period,
    value,
    status: ObservationStatus.PROVISIONAL,
    source: 'Update test',
    revision: 1,
    version: 1,
    updatedAt: new Date('2031-01-01T00:00:00Z'),
  });

describe('updateRows (updates by key, each row only at the version given)', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph, { sample: false });
  }, 60_000);
  afterAll(() => subgraph?.close());

  const stored = () => subgraph.db.getRepository(Observation).find({ where: { cityId: 'update-rows' }, order: { period: 'ASC' } });

  it('changes the columns given, converted like an insert, in chunks, and counts the rows it changed', async () => {
    await insertRows(
      subgraph.db,
      Observation,
      ['2031', '2032', '2033', '2034', '2035'].map((period, index) => row(period, index)),
    );
    const before = await stored();
    const updated = await subgraph.db.transaction((manager) =>
      updateRows(
        manager,
        Observation,
        before.slice(0, 4).map((observation, index) => ({
          id: observation.id,
          version: observation.version,
          set: {
            value: 10 + index,
            note: index === 0 ? null : `note ${index}`,
            attributes: { ...observation.attributes, footnotes: ['修订'] },
            revision: 2,
            version: 2,
            updatedAt: new Date('2032-02-03T04:05:06Z'),
          },
        })),
        { chunk: 3 },
      ),
    );
    expect(updated).toBe(4);
    const after = await stored();
    expect(after.map((observation) => [observation.value, observation.note, observation.revision, observation.version])).toEqual([
      [10, null, 2, 2],
      [11, 'note 1', 2, 2],
      [12, 'note 2', 2, 2],
      [13, 'note 3', 2, 2],
      [4, null, 1, 1],
    ]);
    expect(after[1].attributes.footnotes).toEqual(['修订']);
    expect(after[1].source).toBe('Update test');
    expect(after[1].updatedAt.toISOString().slice(0, 19)).toBe('2032-02-03T04:05:06');
  });

  it('leaves a row that is no longer at the version given as it is, and does not count it', async () => {
    const [first, , , , last] = await stored();
    const updated = await subgraph.db.transaction((manager) =>
      updateRows(manager, Observation, [
        { id: first.id, version: 1, set: { value: 99, version: 2 } },
        { id: last.id, version: 1, set: { value: 98, version: 2 } },
      ]),
    );
    expect(updated).toBe(1);
    const after = await stored();
    expect([after[0].value, after[0].version, after[4].value, after[4].version]).toEqual([10, 2, 98, 2]);
  });
});
