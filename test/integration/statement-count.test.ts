import { SERVICE_NAMES } from '@ugf/shared';
import { addGeneratedCities } from '../helpers/generated-cities';
import { startTestStack, type TestStack } from '../helpers/test-stack';

const ALL_CITIES = `{
  cities { id name population
    observations { period value status indicator { code name unit } }
    cases { title year }
  }
}`;

describe('SQL statements per request', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack();
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  async function measure() {
    const before = await system.sqlStatements();
    const result = await system.query(ALL_CITIES);
    const after = await system.sqlStatements();
    expect(result.errors).toBeUndefined();
    const perService = Object.fromEntries(SERVICE_NAMES.map((name) => [name, after[name] - before[name]]));
    return { cities: result.data?.cities as { observations: unknown[]; cases: unknown[] }[], perService };
  }

  it('does not grow with the number of cities: the same count for 13 and for 100 cities with all their observations and cases', async () => {
    const thirteen = await measure();
    expect(thirteen.cities).toHaveLength(13);

    await addGeneratedCities(system.databases, 87);
    const hundred = await measure();
    expect(hundred.cities).toHaveLength(100);
    expect(hundred.cities.every((city) => city.observations.length > 0 && city.cases.length > 0)).toBe(true);

    expect(hundred.perService).toEqual(thirteen.perService);
    // One query per entity type: the city list; observations of all cities, then their indicators; cases.
    expect(thirteen.perService).toEqual({ cities: 1, initiatives: 0, indicators: 2, cases: 1 });
  }, 120_000);
});
