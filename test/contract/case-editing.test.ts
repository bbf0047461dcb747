import { casesSubgraph } from '@ugf/cases';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

const SUBMIT_CASE = gql<{ submitCase: { id: string } }>(
  `mutation ($input: NewCaseInput!) { submitCase(input: $input) { id title year tags illustrative city { id } initiatives { id } indicators { code } sources { title publisher } } }`,
);
const UPDATE_CASE = `mutation ($id: ID!, $input: CaseContentInput!, $expectedRevision: Int = 1) { updateCase(id: $id, input: $input, expectedRevision: $expectedRevision) { id title summary tags initiatives { id } } }`;
const TABLES = ['best_practice_case', 'case_initiative', 'case_indicator', 'case_tag'];

const shenzhenEditor: Identity = { sub: 'sz', role: Role.CITY_EDITOR, cityId: 'shenzhen' };
const admin: Identity = { sub: 'root', role: Role.ADMIN };
const newCase = (overrides: Record<string, unknown> = {}) => ({
  cityId: 'shenzhen',
  title: 'Neighbourhood councils for estate disputes',
  titleZh: '小区议事会',
  summary: 'Residents, property managers and the community committee meet monthly to settle estate disputes.',
  year: 2023,
  initiativeIds: ['2', '6'],
  indicatorCodes: ['PARTICIPATORY_COMMUNITIES_PCT'],
  tags: ['community', 'participation'],
  sources: [{ title: 'Street office work report (example)', publisher: 'Futian district' }],
  ...overrides,
});

describe('editing cases', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(casesSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('lets a city editor add a case for their city, with links, under an id made of city and title', async () => {
    const result = await subgraph.execute(SUBMIT_CASE, { input: newCase() }, shenzhenEditor);
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitCase).toMatchObject({
      id: 'shenzhen-neighbourhood-councils-for-estate-disputes',
      city: { id: 'shenzhen' },
      initiatives: [{ id: '2' }, { id: '6' }],
      indicators: [{ code: 'PARTICIPATORY_COMMUNITIES_PCT' }],
      tags: ['community', 'participation'],
      illustrative: false,
    });
    const again = await subgraph.execute(SUBMIT_CASE, { input: newCase() }, shenzhenEditor);
    expect(again.data?.submitCase.id).toBe('shenzhen-neighbourhood-councils-for-estate-disputes-2');
  });

  it('refuses a case for another city with FORBIDDEN and an anonymous one with UNAUTHENTICATED, writing nothing', async () => {
    const before = await rowCounts(subgraph.db, TABLES);
    const forbidden = await subgraph.execute(SUBMIT_CASE, { input: newCase({ cityId: 'beijing' }) }, shenzhenEditor);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await subgraph.execute(SUBMIT_CASE, { input: newCase() });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const researcher = await subgraph.execute(SUBMIT_CASE, { input: newCase() }, { sub: 'r', role: Role.RESEARCHER });
    expect(researcher.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
  });

  it('refuses invalid content with every problem listed and writes nothing', async () => {
    const before = await rowCounts(subgraph.db, TABLES);
    const result = await subgraph.execute(SUBMIT_CASE, { input: newCase({ title: '  ', summary: 'too short', initiativeIds: ['11'], year: 2999, tags: ['Not Kebab'] }) }, admin);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0].extensions?.invalidFields as { field: string }[]).map((problem) => problem.field);
    expect(new Set(fields)).toEqual(new Set(['title', 'summary', 'initiativeIds', 'year', 'tags']));
    expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
  });

  it("updates only the given fields of a case and replaces given lists; others' cases are FORBIDDEN, unknown ids NOT_FOUND", async () => {
    const created = await subgraph.execute(SUBMIT_CASE, { input: newCase({ title: 'Pocket parks run by residents' }) }, shenzhenEditor);
    const id = created.data?.submitCase.id;
    const updated = await subgraph.execute(UPDATE_CASE, { id, input: { tags: ['green'], initiativeIds: ['10'] } }, shenzhenEditor);
    expect(updated.data?.updateCase).toMatchObject({ title: 'Pocket parks run by residents', tags: ['green'], initiatives: [{ id: '10' }] });

    const beijingCase = (await subgraph.execute<{ cases: { nodes: { id: string }[] } }>(`{ cases(cityId: "beijing") { nodes { id } } }`)).data?.cases.nodes[0].id;
    const forbidden = await subgraph.execute(UPDATE_CASE, { id: beijingCase, input: { title: 'Hijacked' } }, shenzhenEditor);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await subgraph.execute(UPDATE_CASE, { id: beijingCase, input: { summary: 'Summary rewritten by the platform administrator for clarity.' } }, admin);
    expect(byAdmin.errors).toBeUndefined();
    const missing = await subgraph.execute(UPDATE_CASE, { id: 'no-such-case', input: { title: 'x' } }, admin);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
