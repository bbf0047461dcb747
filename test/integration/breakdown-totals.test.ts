import { Kind, OperationTypeNode, parse } from 'graphql';
import { createDataSource } from '@ugf/runtime';
import { exampleOperations } from '../helpers/example-operations';
import { startTestStack, type TestStack } from '../helpers/test-stack';

const isQuery = (query: string) => parse(query).definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === OperationTypeNode.QUERY);
// The documentation's example queries about totals: every one but the worked query on breakdowns.
const totalsExamples = exampleOperations().filter((operation) => isQuery(operation.query) && !operation.query.includes('breakdown'));

describe('the documentation examples on totals, with and without the sample breakdowns', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack();
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  it('answer exactly the same: values by sex and district never enter a total, a ranking or an index', async () => {
    expect(totalsExamples.length).toBeGreaterThan(5);
    const answer = () => Promise.all(totalsExamples.map((operation) => system.query(operation.query, operation.variables)));
    const withBreakdowns = await answer();
    for (const result of withBreakdowns) expect(result.errors).toBeUndefined();

    const db = createDataSource({ databaseUrl: system.databases.urlOf('indicators'), sqlitePath: system.databases.sqlitePath('indicators'), entities: [], migrations: [] });
    await db.initialize();
    try {
      const [{ count }] = await db.query<{ count: number | string }[]>(`SELECT COUNT(*) AS count FROM observation WHERE breakdown <> ''`);
      expect(Number(count)).toBeGreaterThan(0);
      await db.query(`DELETE FROM observation_revision WHERE observation_id IN (SELECT id FROM observation WHERE breakdown <> '')`);
      await db.query(`DELETE FROM observation WHERE breakdown <> ''`);
    } finally {
      await db.destroy();
    }
    expect(await answer()).toEqual(withBreakdowns);
  }, 120_000);
});
