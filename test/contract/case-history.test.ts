import { casesSubgraph } from '@ugf/cases';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

const SUBMIT_CASE = gql<{ submitCase: { id: string; revision: number } }>(`mutation ($input: NewCaseInput!) { submitCase(input: $input) { id revision } }`);
const UPDATE_CASE = gql<{ updateCase: { id: string; title: string; revision: number; tags: string[] } }>(
  `mutation ($id: ID!, $input: CaseContentInput!, $expectedRevision: Int) { updateCase(id: $id, input: $input, expectedRevision: $expectedRevision) { id title revision tags } }`,
);
const HISTORY = gql<{
  case: {
    revision: number;
    title: string;
    revisions: {
      revision: number;
      author: string;
      note: string | null;
      changedFields: string[];
      createdAt: string;
      content: { title: string; summary: string; tags: string[]; initiativeIds: string[] };
    }[];
  };
}>(`query ($id: ID!, $last: Int) { case(id: $id) { revision title revisions(last: $last) { revision author note changedFields createdAt content { title summary tags initiativeIds } } } }`);
const TABLES = ['best_practice_case', 'case_initiative', 'case_indicator', 'case_tag', 'case_revision'];

const editor: Identity = { sub: 'sz-editor', role: Role.CITY_EDITOR, cityId: 'shenzhen' };
const colleague: Identity = { sub: 'sz-colleague', role: Role.CITY_EDITOR, cityId: 'shenzhen' };
const newCase = (title: string) => ({
  cityId: 'shenzhen',
  title,
  titleZh: '示例',
  summary: 'Residents, property managers and the community committee meet monthly to settle disputes.',
  year: 2023,
  initiativeIds: ['2'],
  tags: ['community'],
  sources: [{ title: 'Street office work report (example)', publisher: 'Futian district' }],
  note: 'First written up after the 2023 review.',
});

describe('history and concurrency of cases', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(casesSubgraph);
  });
  afterAll(() => subgraph?.close());

  const create = async (title: string) => (await subgraph.execute(SUBMIT_CASE, { input: newCase(title) }, editor)).data!.submitCase;

  it('records the creation and every edit as revisions, oldest first, with author, note, changed fields and content', async () => {
    const { id, revision } = await create('Pocket parks run by residents');
    expect(revision).toBe(1);
    const edited = await subgraph.execute(
      UPDATE_CASE,
      { id, input: { title: 'Pocket parks kept by residents', tags: ['green'], note: 'Title as the district uses it.' }, expectedRevision: 1 },
      colleague,
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateCase).toMatchObject({ revision: 2, title: 'Pocket parks kept by residents', tags: ['green'] });

    const history = (await subgraph.execute(HISTORY, { id })).data!.case;
    expect(history.revision).toBe(2);
    expect(history.revisions.map((entry) => entry.revision)).toEqual([1, 2]);
    const [first, second] = history.revisions;
    expect(second).toMatchObject({ author: 'sz-colleague', note: 'Title as the district uses it.', changedFields: ['title', 'tags'] });
    expect(second.content).toMatchObject({ title: 'Pocket parks kept by residents', tags: ['green'], initiativeIds: ['2'] });
    expect(first).toMatchObject({ author: 'sz-editor', note: newCase('').note });
    expect(first.content).toMatchObject({ title: 'Pocket parks run by residents', tags: ['community'] });
    expect(new Date(second.createdAt).getTime()).toBeGreaterThanOrEqual(new Date(first.createdAt).getTime());

    const newest = (await subgraph.execute(HISTORY, { id, last: 1 })).data!.case.revisions;
    expect(newest.map((entry) => entry.revision)).toEqual([2]);
    const tooMany = await subgraph.execute(HISTORY, { id, last: 101 });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives seeded cases revision 1 by "seed" with their content', async () => {
    const seeded = (
      await subgraph.execute<{ cases: { nodes: { id: string; title: string; revision: number; revisions: unknown[] }[] } }>(
        `{ cases(cityId: "beijing") { nodes { id title revision revisions { revision author content { title } } } } }`,
      )
    ).data!.cases.nodes[0];
    expect(seeded.revision).toBe(1);
    expect(seeded.revisions).toEqual([{ revision: 1, author: 'seed', content: { title: seeded.title } }]);
  });

  it('refuses an update without expectedRevision (BAD_USER_INPUT) or with a stale one (CONFLICT), writing nothing', async () => {
    const { id } = await create('Night markets with resident stewards');
    await subgraph.execute(UPDATE_CASE, { id, input: { title: 'Night markets with stewards' }, expectedRevision: 1 }, editor);
    const before = await rowCounts(subgraph.db, TABLES);
    const missing = await subgraph.execute(UPDATE_CASE, { id, input: { title: 'Without a revision' } }, editor);
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].message).toContain('expectedRevision');
    const stale = await subgraph.execute(UPDATE_CASE, { id, input: { title: 'Based on an old read' }, expectedRevision: 1 }, colleague);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
    expect((await subgraph.execute(HISTORY, { id })).data?.case).toMatchObject({ revision: 2, title: 'Night markets with stewards' });
  });

  it('lets exactly one of two concurrent edits of the same revision win; the other is CONFLICT', async () => {
    const { id } = await create('Shared bicycles parked by wardens');
    const [a, b] = await Promise.all([
      subgraph.execute(UPDATE_CASE, { id, input: { title: 'Edit by the editor', tags: ['a'] }, expectedRevision: 1 }, editor),
      subgraph.execute(UPDATE_CASE, { id, input: { title: 'Edit by the colleague', tags: ['b'] }, expectedRevision: 1 }, colleague),
    ]);
    const outcomes = [a, b].map((result) => result.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const winner = (a.errors ? b : a).data!.updateCase;
    const stored = (await subgraph.execute(HISTORY, { id })).data!.case;
    expect(stored).toMatchObject({ revision: 2, title: winner.title });
    expect(stored.revisions).toHaveLength(2);
    expect(stored.revisions.at(-1)?.content.tags).toEqual(winner.tags);
  });
});
