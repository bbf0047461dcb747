import { initiativesSubgraph } from '@ugf/initiatives';
import { openSubgraph, pendingSchemaChanges, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';

describe('initiatives subgraph', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(initiativesSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('lists the ten points in order with their conference tasks, in two SQL statements', async () => {
    const { result, statements } = await subgraph.executeCounted<{ initiatives: { number: number; conferenceTasks: unknown[] }[] }>(
      `{ initiatives { id number title text conferenceTasks { number title } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.initiatives.map((initiative) => initiative.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const initiative of result.data!.initiatives) expect(initiative.conferenceTasks.length).toBeGreaterThan(0);
    expect(statements).toBe(2);
  });

  it('resolves a batch of initiative references with one SQL statement, null for an unknown id', async () => {
    const { result, statements } = await subgraph.resolveReferences(
      'Initiative',
      ['10', '99', '1'].map((id) => ({ id })),
      'id number',
    );
    expect(result.data?._entities).toEqual([{ id: '10', number: 10 }, null, { id: '1', number: 1 }]);
    expect(statements).toBe(1);
  });

  it('answers null for an unknown initiative and lists the seven conference tasks', async () => {
    const result = await subgraph.execute(`{ initiative(id: "11") { id } conferenceTasks { number } }`);
    expect(result.data?.initiative).toBeNull();
    expect(result.data?.conferenceTasks).toHaveLength(7);
  });

  it('has migrations that match the entities exactly', async () => {
    expect(await pendingSchemaChanges(subgraph.db)).toEqual([]);
  });

  it('adds nothing when the seed runs again', async () => {
    const before = await rowCounts(subgraph.db, ['initiative', 'conference_task']);
    await subgraph.reseed();
    expect(await rowCounts(subgraph.db, ['initiative', 'conference_task'])).toEqual(before);
    expect(before).toEqual({ initiative: 10, conference_task: 7 });
  });
});
