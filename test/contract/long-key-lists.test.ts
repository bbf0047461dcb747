import { expect } from '@jest/globals';
import { citiesSubgraph, City } from '@ugf/cities';
import { indicatorsSubgraph, ReportingCity } from '@ugf/indicators';
import { type Identity, LONG_KEY_LIST, Role } from '@ugf/runtime';
import { generatedCity } from '../helpers/generated-cities';
import { openSubgraph, type SubgraphHarness } from '../helpers/subgraph-harness';

// Past LONG_KEY_LIST keys, a subgraph reads the whole small set (every city; the catalogue; one indicator's slice)
// and keeps the keys in memory: these tests ask for more keys than that and check that only those come back.
const admin: Identity = { sub: 'fixture', role: Role.ADMIN };
const count = LONG_KEY_LIST + 20;
const ids = Array.from({ length: count }, (_, index) => `long-list-city-${String(index).padStart(3, '0')}`);
// Every city but the last five has a value; the ranking asks for every city but the first ten.
const withValue = ids.slice(0, count - 5);
const asked = ids.slice(10);
const valueOf = (cityId: string) => 100 + ids.indexOf(cityId);
// More indicators than LONG_KEY_LIST, each with a value of the first city.
const catalogue = Array.from({ length: LONG_KEY_LIST + 5 }, (_, index) => `LONG_LIST_${String(index).padStart(3, '0')}`);

interface Ranking {
  ranking: { entries: { rank: number; value: number; city: { id: string } }[]; missing: { id: string }[] };
}

describe('long lists of keys (more than LONG_KEY_LIST)', () => {
  let indicators: SubgraphHarness;
  let beforeSubmission: Date;
  beforeAll(async () => {
    indicators = await openSubgraph(indicatorsSubgraph, { sample: false });
    await indicators.db.getRepository(ReportingCity).insert(ids.map((cityId) => ({ cityId, enrolledAt: new Date() })));
    const define = async (code: string, name: string, kind: string) => {
      const input = {
        code,
        name,
        nameZh: name,
        unit: 'cases',
        direction: 'HIGHER_IS_BETTER',
        periodicity: 'ANNUAL',
        kind,
        plausibleChangePct: 1000,
        method: 'Fixture indicator for tests.',
        initiativeId: '7',
      };
      const defined = await indicators.execute(`mutation ($input: IndicatorDefinitionInput!) { defineIndicator(input: $input) { code } }`, { input }, admin);
      expect(defined.errors).toBeUndefined();
    };
    await define('LONG_LIST', 'Long list', 'COUNT');
    for (const [index, code] of catalogue.entries()) await define(code, `Catalogue entry ${index}`, 'RATE');
    beforeSubmission = new Date();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const items = [
      ...withValue.map((cityId) => ({ cityId, indicatorCode: 'LONG_LIST', period: '2024', value: valueOf(cityId), source: 'fixture' })),
      ...catalogue.map((indicatorCode, index) => ({ cityId: ids[0], indicatorCode, period: '2024', value: index, source: 'fixture' })),
    ];
    const submitted = await indicators.execute(
      `mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created } }`,
      { input: { idempotencyKey: 'long-list', items } },
      admin,
    );
    expect(submitted.errors).toBeUndefined();
  }, 60_000);
  afterAll(() => indicators?.close());

  const rank = async (asOf?: Date) => {
    const result = await indicators.execute<Ranking>(
      `query ($cityIds: [ID!], $asOf: DateTimeISO) { ranking(includeSample: true, indicatorCode: "LONG_LIST", period: "2024", cityIds: $cityIds, asOf: $asOf) { entries { rank value city { id } } missing { id } } }`,
      { cityIds: asked, asOf: asOf?.toISOString() },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.ranking;
  };

  it('ranks exactly the cities asked for, now and as of now, and lists the asked cities without a value as missing', async () => {
    const expected = asked
      .filter((cityId) => withValue.includes(cityId))
      .sort((a, b) => valueOf(b) - valueOf(a))
      .map((cityId, index) => ({ rank: index + 1, value: valueOf(cityId), city: { id: cityId } }));
    const missing = asked.filter((cityId) => !withValue.includes(cityId)).map((id) => ({ id }));
    expect(expected.length).toBeGreaterThan(LONG_KEY_LIST);
    for (const ranking of [await rank(), await rank(new Date())]) {
      expect(ranking.entries).toEqual(expected);
      expect(ranking.missing).toEqual(missing);
    }
  });

  it('as of an instant before the values were recorded, lists every asked city as missing', async () => {
    const ranking = await rank(beforeSubmission);
    expect(ranking.entries).toEqual([]);
    expect(ranking.missing).toEqual(asked.map((id) => ({ id })));
  });

  it('gives the per-capita value of each city asked for, and null for one without a value', async () => {
    const population = (cityId: string) => 1_000_000 + ids.indexOf(cityId);
    const { result } = await indicators.resolveReferences<{ id: string; perCapita: { valuePer100k: number } | null }>(
      'City',
      asked.map((id) => ({ id, population: population(id) })),
      'id perCapita(includeSample: true, indicatorCode: "LONG_LIST", period: "2024") { valuePer100k }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual(asked.map((id) => ({ id, perCapita: withValue.includes(id) ? { valuePer100k: expect.closeTo((valueOf(id) / population(id)) * 100_000, 9) } : null })));
  });

  it('names the indicator of each of a city’s values when they span more indicators than that', async () => {
    const { result } = await indicators.resolveReferences<{ observations: { nodes: { value: number; indicator: { code: string; name: string } }[] } }>(
      'City',
      [{ id: ids[0] }],
      'observations(period: "2024", first: 100) { nodes { value indicator { code name } } }',
    );
    expect(result.errors).toBeUndefined();
    const expected = [
      { value: valueOf(ids[0]), indicator: { code: 'LONG_LIST', name: 'Long list' } },
      ...catalogue.map((code, index) => ({ value: index, indicator: { code, name: `Catalogue entry ${index}` } })),
    ];
    expect(result.data?._entities[0]?.observations.nodes).toEqual(expected);
  });
});

describe('long lists of city references in the cities subgraph', () => {
  let cities: SubgraphHarness;
  beforeAll(async () => {
    cities = await openSubgraph(citiesSubgraph);
    await cities.db.getRepository(City).insert(ids.map(generatedCity));
  }, 60_000);
  afterAll(() => cities?.close());

  it('resolves each reference to its own city in one statement, null for an unknown id', async () => {
    const references = [...ids.slice(0, 30), 'nowhere', 'beijing', ...ids.slice(30)];
    const { result, statements } = await cities.resolveReferences<{ id: string; name: string }>(
      'City',
      references.map((id) => ({ id })),
      'id name',
    );
    expect(result.errors).toBeUndefined();
    expect(references.length).toBeGreaterThan(LONG_KEY_LIST);
    expect(result.data?._entities).toEqual(references.map((id) => (id === 'nowhere' ? null : { id, name: id === 'beijing' ? 'Beijing' : `Test City ${ids.indexOf(id) + 1}` })));
    expect(statements).toBe(1);
  });
});
