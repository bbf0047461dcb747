import { indicatorsSubgraph } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

interface Part {
  dimension: string;
  code: string;
}
const keyOf = (parts: Part[]) => parts.map((part) => `${part.dimension}=${part.code}`).join(';');

const AVAILABILITY = gql<{ availability: { cityId: string; indicatorCode: string; breakdown: (Part & { label: string; labelZh: string })[] }[] }>(
  `query ($period: Period!, $cityIds: [ID!]) { availability(includeSample: true, period: $period, cityIds: $cityIds) { cityId indicatorCode breakdown { dimension code label labelZh } } }`,
);
const BREAKDOWNS = gql<{ breakdowns: { breakdown: Part[]; city: { id: string }; periods: string[] }[] }>(
  `query ($code: ID!) { breakdowns(includeSample: true, indicatorCode: $code) { breakdown { dimension code } city { id } periods } }`,
);
const SUBMIT = gql<{ submitObservations: { items: { observation: { id: string; revision: number } }[] } }>(
  `mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { items { observation { id revision } } } }`,
);

const shenzhenEditor: Identity = { sub: 'editor-sz', role: Role.CITY_EDITOR, cityId: 'shenzhen' };
const verifier: Identity = { sub: 'verifier-1', role: Role.VERIFIER };

describe('availability: what each city reports in a period', () => {
  let subgraph: SubgraphHarness;
  const entries = async (period: string, cityIds?: string[]) => {
    const result = await subgraph.execute(AVAILABILITY, { period, cityIds });
    expect(result.errors).toBeUndefined();
    return result.data!.availability.map((entry) => `${entry.cityId} ${entry.indicatorCode} ${keyOf(entry.breakdown) || 'total'}`);
  };

  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  it("agrees with breakdowns() of every indicator for the period, grouped by city, with the breakdowns' labels", async () => {
    const codes = (await subgraph.execute(gql<{ indicators: { code: string }[] }>('{ indicators { code } }'))).data!.indicators.map((indicator) => indicator.code);
    const expected: [string, string, string][] = [];
    for (const code of codes) {
      const result = await subgraph.execute(BREAKDOWNS, { code });
      for (const entry of result.data!.breakdowns) if (entry.periods.includes('2024')) expected.push([entry.city.id, code, keyOf(entry.breakdown)]);
    }
    const answer = await entries('2024');
    expect([...answer].sort()).toEqual(expected.map(([city, code, key]) => `${city} ${code} ${key || 'total'}`).sort());
    // Grouped by city, each city's total before its breakdowns (the database's collation orders the codes).
    const cities = answer.map((entry) => entry.split(' ')[0]);
    expect(cities).toEqual([...cities].sort());
    expect(answer.indexOf('beijing PM25_ANNUAL_MEAN total')).toBeLessThan(answer.indexOf('beijing PM25_ANNUAL_MEAN DISTRICT=110101'));
    expect(answer).toContain('beijing HOTLINE_SATISFACTION_RATE SEX=F');
    expect(answer).toContain('shenzhen PM25_ANNUAL_MEAN DISTRICT=440305');
    const nanshan = (await subgraph.execute(AVAILABILITY, { period: '2024', cityIds: ['shenzhen'] })).data!.availability.find((entry) => keyOf(entry.breakdown) === 'DISTRICT=440305');
    expect(nanshan?.breakdown).toEqual([{ dimension: 'DISTRICT', code: '440305', label: 'Nanshan District', labelZh: '南山区' }]);
  });

  it('narrows to cityIds, refuses unknown ones, and reads the same number of statements for one city as for all', async () => {
    const all = await entries('2024');
    expect(await entries('2024', ['shenzhen'])).toEqual(all.filter((entry) => entry.startsWith('shenzhen ')));
    const unknown = await subgraph.execute(AVAILABILITY, { period: '2024', cityIds: ['atlantis'] });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'cityIds' });
    const one = await subgraph.executeCounted(AVAILABILITY, { period: '2023', cityIds: ['shenzhen'] });
    const every = await subgraph.executeCounted(AVAILABILITY, { period: '2023' });
    expect(every.result.errors).toBeUndefined();
    expect(every.statements).toBe(one.statements);
    expect(every.statements).toBeLessThanOrEqual(2);
  });

  it('lists a provisional value and leaves a rejected one out', async () => {
    const source = 'Shenzhen 12345 hotline annual report (test)';
    const submitted = await subgraph.execute(
      SUBMIT,
      {
        input: {
          idempotencyKey: 'availability-1',
          items: [
            { cityId: 'shenzhen', indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2026', value: 90, source },
            { cityId: 'shenzhen', indicatorCode: 'HOTLINE_SATISFACTION_RATE', period: '2026', value: 88, source, breakdown: [{ dimension: 'SEX', code: 'F' }] },
          ],
        },
      },
      shenzhenEditor,
    );
    expect(submitted.errors).toBeUndefined();
    expect(await entries('2026')).toEqual(['shenzhen HOTLINE_RESOLUTION_RATE total', 'shenzhen HOTLINE_SATISFACTION_RATE SEX=F']);
    const { id, revision } = submitted.data!.submitObservations.items[1].observation;
    const rejected = await subgraph.execute(`mutation { reviewObservation(id: "${id}", revision: ${revision}, decision: REJECTED, comment: "wrong survey") { status } }`, {}, verifier);
    expect(rejected.errors).toBeUndefined();
    expect(await entries('2026')).toEqual(['shenzhen HOTLINE_RESOLUTION_RATE total']);
  });
});
