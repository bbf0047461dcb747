import { casesSubgraph } from '@ugf/cases';
import { openSubgraph, pendingSchemaChanges, rowCounts, type GraphQLResult, type SubgraphHarness } from '../helpers/subgraph-harness';

/** The answer to a `cases { nodes { … } }` selection. */
interface Cases<N = unknown> {
  cases: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (N & { id: string })[] };
}

const ids = (result: GraphQLResult<Cases>) => result.data!.cases.nodes.map((item) => item.id);

describe('cases subgraph', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(casesSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('filters by city, initiative, tag and text, every filter narrowing the list', async () => {
    const all = await subgraph.execute<Cases<{ year: number }>>(`{ cases(first: 100) { totalCount nodes { id year city { id } } } }`);
    const shenzhen = await subgraph.execute<Cases<{ city: { id: string } }>>(`{ cases(cityId: "shenzhen") { nodes { id city { id } } } }`);
    const hotline = await subgraph.execute<Cases<{ tags: string[] }>>(`{ cases(tag: "hotline") { nodes { id tags } } }`);
    const combined = await subgraph.execute<Cases<{ tags: string[]; initiatives: { id: string }[]; title: string; summary: string }>>(
      `{ cases(initiativeId: "4", tag: "hotline", search: "HOTLINE") { nodes { id tags initiatives { id } title summary } } }`,
    );
    expect(ids(all).length).toBeGreaterThanOrEqual(24);
    const years = all.data!.cases.nodes.map((item) => item.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(shenzhen.data?.cases.nodes.length).toBeGreaterThanOrEqual(4);
    for (const item of shenzhen.data!.cases.nodes) expect(item.city).toEqual({ id: 'shenzhen' });
    for (const item of hotline.data!.cases.nodes) expect(item.tags).toContain('hotline');
    expect(combined.data?.cases.nodes.length).toBeGreaterThan(0);
    for (const item of combined.data!.cases.nodes) {
      expect(item.initiatives).toContainEqual({ id: '4' });
      expect(`${item.title} ${item.summary}`.toLowerCase()).toContain('hotline');
    }
    expect(ids(combined).length).toBeLessThan(ids(hotline).length + 1);
  });

  it('finds cases by their Chinese title', async () => {
    const result = await subgraph.execute<Cases<{ titleZh: string }>>(`{ cases(search: "接诉即办") { nodes { id titleZh } } }`);
    expect(result.data?.cases.nodes).toContainEqual({ id: 'beijing-respond-immediately-to-complaints', titleZh: '接诉即办' });
    for (const item of result.data!.cases.nodes) expect(item.titleZh).toContain('接诉即办');
  });

  it('treats % in a search as a character, not a wildcard', async () => {
    const result = await subgraph.execute<Cases>(`{ cases(search: "%") { nodes { id } } }`);
    expect(result.data?.cases.nodes).toEqual([]);
  });

  it('refuses an over-long search with BAD_USER_INPUT', async () => {
    const result = await subgraph.execute(`query ($search: String) { cases(search: $search) { nodes { id } } }`, { search: 'x'.repeat(101) });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads the cases of many cities and initiatives with their links in a fixed number of SQL statements', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on City { cases { nodes { id tags initiatives { id } indicators { code } } } }
      ... on Initiative { cases { nodes { id tags } } } } }`;
    const run = async (cities: string[], initiatives: string[]) => {
      const { result, statements } = await subgraph.executeCounted(query, {
        representations: [...cities.map((id) => ({ __typename: 'City', id })), ...initiatives.map((id) => ({ __typename: 'Initiative', id }))],
      });
      expect(result.errors).toBeUndefined();
      return statements;
    };
    const few = await run(['shenzhen'], ['4']);
    const many = await run(['shenzhen', 'beijing', 'shanghai', 'chengdu', 'haikou'], ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    // Five loaders (cases by city, cases by initiative, tags, initiatives, indicators); the tag loader may
    // dispatch in two waves when the city's and the initiative's cases resolve in different ticks.
    expect(few).toBeLessThanOrEqual(6);
    expect(many).toBeLessThanOrEqual(6);
  });

  it('pages through every case in order, each page after the cursor of the one before', async () => {
    const whole = ids(await subgraph.execute<Cases>(`{ cases(first: 100) { nodes { id } } }`));
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const result: GraphQLResult<Cases> = await subgraph.execute<Cases>(`query ($after: String) { cases(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`, {
        after,
      });
      expect(result.data!.cases.totalCount).toBe(whole.length);
      paged.push(...ids(result));
      if (!result.data!.cases.pageInfo.hasNextPage) break;
      after = result.data!.cases.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
    const tooLarge = await subgraph.execute(`{ cases(first: 101) { nodes { id } } }`);
    expect(tooLarge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves a batch of case references with one SQL statement, null for an unknown id', async () => {
    const [first] = ids(await subgraph.execute<Cases>(`{ cases { nodes { id } } }`));
    const { result, statements } = await subgraph.resolveReferences('BestPracticeCase', [{ id: first }, { id: 'no-such-case' }], 'id');
    expect(result.data?._entities).toEqual([{ id: first }, null]);
    expect(statements).toBe(1);
  });

  it('has migrations that match the entities exactly', async () => {
    expect(await pendingSchemaChanges(subgraph.db)).toEqual([]);
  });

  it('adds nothing when the seed runs again', async () => {
    const tables = ['best_practice_case', 'case_initiative', 'case_indicator', 'case_tag'];
    const before = await rowCounts(subgraph.db, tables);
    await subgraph.reseed();
    expect(await rowCounts(subgraph.db, tables)).toEqual(before);
  });
});
