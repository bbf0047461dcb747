import { indicatorsSubgraph } from '@ugf/indicators';
import { openSubgraph, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

const CODES = gql<{ dimensions: { id: string; codes: { code: string; cityId: string | null; city: { id: string } | null }[] }[] }>('{ dimensions { id codes { code cityId city { id } } } }');

describe('DimensionCode.cityId', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  it("is the id of a district's city, the same as city { id }, and null for the codes of every city", async () => {
    const result = await subgraph.execute(CODES);
    expect(result.errors).toBeUndefined();
    const codes = result.data!.dimensions.flatMap((dimension) => dimension.codes.map((code) => ({ dimension: dimension.id, ...code })));
    expect(codes.find((code) => code.code === '440305')?.cityId).toBe('shenzhen');
    expect(codes.filter((code) => code.dimension === 'DISTRICT').every((code) => code.cityId !== null && code.cityId === code.city?.id)).toBe(true);
    expect(codes.filter((code) => code.dimension !== 'DISTRICT').every((code) => code.cityId === null && code.city === null)).toBe(true);
  });
});
