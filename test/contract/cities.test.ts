import { expect } from '@jest/globals';
import { citiesSubgraph } from '@ugf/cities';
import { openSubgraph, pendingSchemaChanges, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';

describe('cities subgraph', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(citiesSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('resolves a batch of city references with one SQL statement, null for an unknown id', async () => {
    const { result, statements } = await subgraph.resolveReferences(
      'City',
      ['shenzhen', 'nowhere', 'beijing', 'xiongan'].map((id) => ({ id })),
      'id name population',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: 'shenzhen', name: 'Shenzhen', population: 17560061 },
      null,
      { id: 'beijing', name: 'Beijing', population: 21893095 },
      { id: 'xiongan', name: "Xiong'an New Area", population: 1205440 },
    ]);
    expect(statements).toBe(1);
  });

  it('lists the cities of one region and answers null for an unknown city', async () => {
    const result = await subgraph.execute<{ cities: { id: string; areaKm2: number }[]; city: unknown }>(`{ cities(region: WESTERN) { id nameZh areaKm2 } city(id: "atlantis") { id } }`);
    expect(result.data?.cities.map((city) => city.id)).toEqual(['chengdu', 'chongqing', 'hohhot']);
    expect(typeof result.data?.cities[0].areaKm2).toBe('number');
    expect(result.data?.city).toBeNull();
  });

  it('gives every population its year, basis and source', async () => {
    const result = await subgraph.execute<{ city: { populationFigure: unknown } }>(`{ city(id: "shijiazhuang") { populationFigure { value year basis source note } } }`);
    expect(result.data?.city.populationFigure).toMatchObject({ value: 11235086, year: 2020, basis: 'RESIDENT', note: expect.stringMatching(/Xinji/) });
  });

  it('has migrations that match the entities exactly', async () => {
    expect(await pendingSchemaChanges(subgraph.db)).toEqual([]);
  });

  it('adds nothing when the seed runs again', async () => {
    const before = await rowCounts(subgraph.db, ['city']);
    await subgraph.reseed();
    expect(await rowCounts(subgraph.db, ['city'])).toEqual(before);
    expect(before.city).toBe(13);
  });
});
